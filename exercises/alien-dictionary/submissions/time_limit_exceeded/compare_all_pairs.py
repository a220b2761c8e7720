# Correct but O(n^2 * L): derives a rule from EVERY pair of words, not only neighbours. The
# extra rules are all implied by the neighbouring ones, so the answer is the same, but with
# 10^4 words that is 5 * 10^7 comparisons.
from heapq import heapify, heappop, heappush


def alien_order(words: List[str]) -> str:
    letters = set("".join(words))
    after = {c: set() for c in letters}
    n = len(words)
    for i in range(n):
        for j in range(i + 1, n):
            a, b = words[i], words[j]
            for x, y in zip(a, b):
                if x != y:
                    after[x].add(y)
                    break
            else:
                if len(a) > len(b):
                    return ""
    indegree = dict.fromkeys(letters, 0)
    for x in letters:
        for y in after[x]:
            indegree[y] += 1
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
