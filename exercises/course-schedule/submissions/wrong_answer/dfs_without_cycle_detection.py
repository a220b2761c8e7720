# Wrong: depth-first search that emits each course after its prerequisites, visiting courses
# in increasing order, but with only a "seen" flag: a loop is never noticed, so an impossible
# schedule still gets an order. (It also does not always take the smallest available course.)
def find_order(num_courses: int, prerequisites: List[List[int]]) -> List[int]:
    needs = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a].append(b)
    for lst in needs:
        lst.sort()
    seen = [False] * num_courses
    order = []
    for start in range(num_courses):
        if seen[start]:
            continue
        seen[start] = True
        stack = [(start, iter(needs[start]))]
        while stack:
            course, it = stack[-1]
            for pre in it:
                if not seen[pre]:
                    seen[pre] = True
                    stack.append((pre, iter(needs[pre])))
                    break
            else:
                stack.pop()
                order.append(course)
    return order
