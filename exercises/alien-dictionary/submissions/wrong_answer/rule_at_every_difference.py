# Wrong: adds a rule for EVERY position where two neighbouring words differ, not only the
# first one. Letters after the first difference say nothing about the alphabet, so this invents
# rules, and can even report a valid dictionary as impossible.
from heapq import heapify, heappop, heappush


def alien_order(words: List[str]) -> str:
    letters = set("".join(words))
    after = {c: set() for c in letters}
    indegree = dict.fromkeys(letters, 0)
    for first, second in zip(words, words[1:]):
        differs = False
        for x, y in zip(first, second):
            if x != y:
                differs = True
                if y not in after[x]:
                    after[x].add(y)
                    indegree[y] += 1
        if not differs and len(first) > len(second):
            return ""
    ready = [c for c in letters if indegree[c] == 0]
    heapify(ready)
    order = []
    while ready:
        c = heappop(ready)
        order.append(c)
        for d in after[c]:
            indegree[d] -= 1
            if indegree[d] == 0:
                heappush(ready, d)
    return "".join(order) if len(order) == len(letters) else ""
