# Wrong: Kahn's algorithm with a plain FIFO queue. The order is a valid schedule, but not the
# one that always takes the smallest available course: a small course freed late waits behind
# larger ones that were queued earlier.
from collections import deque


def find_order(num_courses: int, prerequisites: List[List[int]]) -> List[int]:
    unlocks = [[] for _ in range(num_courses)]
    missing = [0] * num_courses
    for a, b in prerequisites:
        unlocks[b].append(a)
        missing[a] += 1
    queue = deque(c for c in range(num_courses) if missing[c] == 0)
    order = []
    while queue:
        course = queue.popleft()
        order.append(course)
        for nxt in unlocks[course]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                queue.append(nxt)
    return order if len(order) == num_courses else []
