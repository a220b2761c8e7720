# Wrong: when two neighbouring words have no differing position it simply moves on, so a word
# listed before its own prefix (["abc", "ab"]) is not reported as impossible.
from heapq import heapify, heappop, heappush


def alien_order(words: List[str]) -> str:
    letters = set("".join(words))
    after = {c: set() for c in letters}
    indegree = dict.fromkeys(letters, 0)
    for first, second in zip(words, words[1:]):
        for x, y in zip(first, second):
            if x != y:
                if y not in after[x]:
                    after[x].add(y)
                    indegree[y] += 1
                break
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
