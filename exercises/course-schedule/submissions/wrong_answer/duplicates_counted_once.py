# Wrong: counts distinct prerequisites per course but decrements once per LISTED pair, so a
# pair listed twice drives the count below zero or unlocks a course too early.
from heapq import heapify, heappop, heappush


def find_order(num_courses: int, prerequisites: List[List[int]]) -> List[int]:
    unlocks = [[] for _ in range(num_courses)]
    needs = [set() for _ in range(num_courses)]
    for a, b in prerequisites:
        unlocks[b].append(a)
        needs[a].add(b)
    missing = [len(s) for s in needs]
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
    return order if len(order) == num_courses else []
