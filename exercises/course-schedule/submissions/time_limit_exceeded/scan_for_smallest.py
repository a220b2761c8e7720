# Correct but O(n^2): at every step, scans the courses from 0 upwards for the first one that
# is not taken and has no missing prerequisites.
def find_order(num_courses: int, prerequisites: List[List[int]]) -> List[int]:
    unlocks = [[] for _ in range(num_courses)]
    missing = [0] * num_courses
    for a, b in prerequisites:
        unlocks[b].append(a)
        missing[a] += 1
    taken = [False] * num_courses
    order = []
    for _ in range(num_courses):
        course = -1
        for c in range(num_courses):
            if not taken[c] and missing[c] == 0:
                course = c
                break
        if course == -1:
            return []
        taken[course] = True
        order.append(course)
        for nxt in unlocks[course]:
            missing[nxt] -= 1
    return order
