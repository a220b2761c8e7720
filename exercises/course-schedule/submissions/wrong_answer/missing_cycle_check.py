# Wrong: the right greedy, but it returns whatever order it built, even when courses on a loop
# never became available and the schedule is impossible.
from heapq import heapify, heappop, heappush


def find_order(num_courses: int, prerequisites: List[List[int]]) -> List[int]:
    unlocks = [[] for _ in range(num_courses)]
    missing = [0] * num_courses
    for a, b in prerequisites:
        unlocks[b].append(a)
        missing[a] += 1
    available = [c for c in range(num_courses) if missing[c] == 0]
    heapify(available)
    order = []
    while available:
        course = heappop(available)
        order.append(course)
        for nxt in unlocks[course]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                heappush(available, nxt)
    return order
