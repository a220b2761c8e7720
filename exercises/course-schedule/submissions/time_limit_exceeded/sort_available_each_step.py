# Correct but O(n^2 log n) at worst: keeps the available courses in a plain list, sorts it and
# takes the front at every step. Sorting and pop(0) run in C, so it feels fast, but with tens of
# thousands of courses available at once every step still touches all of them.
def find_order(num_courses: int, prerequisites: List[List[int]]) -> List[int]:
    unlocks = [[] for _ in range(num_courses)]
    missing = [0] * num_courses
    for a, b in prerequisites:
        unlocks[b].append(a)
        missing[a] += 1
    available = [c for c in range(num_courses) if missing[c] == 0]
    order = []
    while available:
        available.sort()
        course = available.pop(0)
        order.append(course)
        for nxt in unlocks[course]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                available.append(nxt)
    return order if len(order) == num_courses else []
