# Wrong: builds the graph only from the letters that occur in some rule, so a letter that
# appears in the words but in no rule is missing from the answer.
from heapq import heapify, heappop, heappush


def alien_order(words: List[str]) -> str:
    after = {}
    indegree = {}
    for first, second in zip(words, words[1:]):
        for x, y in zip(first, second):
            if x != y:
                after.setdefault(x, set())
                after.setdefault(y, set())
                indegree.setdefault(x, 0)
                indegree.setdefault(y, 0)
                if y not in after[x]:
                    after[x].add(y)
                    indegree[y] += 1
                break
        else:
            if len(first) > len(second):
                return ""
    ready = [c for c in indegree if indegree[c] == 0]
    heapify(ready)
    order = []
    while ready:
        c = heappop(ready)
        order.append(c)
        for d in after[c]:
            indegree[d] -= 1
            if indegree[d] == 0:
                heappush(ready, d)
    return "".join(order) if len(order) == len(indegree) else ""
