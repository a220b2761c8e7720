from heapq import heapify, heappop, heappush


def alien_order(words: List[str]) -> str:
    letters = set()
    for word in words:
        letters.update(word)
    after = {c: set() for c in letters}  # after[x]: letters that must come after x
    indegree = dict.fromkeys(letters, 0)

    for first, second in zip(words, words[1:]):
        for x, y in zip(first, second):
            if x != y:
                # only the first difference says anything about the alphabet
                if y not in after[x]:
                    after[x].add(y)
                    indegree[y] += 1
                break
        else:
            if len(first) > len(second):
                return ""  # a longer word before its own prefix: impossible in any alphabet

    # Kahn's algorithm, always emitting the smallest available letter
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
