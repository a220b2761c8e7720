from heapq import heapify, heappop, heappush


def find_order(num_courses: int, prerequisites: List[List[int]]) -> List[int]:
    unlocks = [[] for _ in range(num_courses)]  # unlocks[b]: courses that need b
    missing = [0] * num_courses  # prerequisites not finished yet, counted per listed pair
    for a, b in prerequisites:
        unlocks[b].append(a)
        missing[a] += 1

    available = [c for c in range(num_courses) if missing[c] == 0]
    heapify(available)
    order = []
    while available:
        course = heappop(available)  # the smallest course that can be taken now
        order.append(course)
        for nxt in unlocks[course]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                heappush(available, nxt)
    # courses on (or behind) a loop never become available
    return order if len(order) == num_courses else []
