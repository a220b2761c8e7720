# Correct but O(n^2 * L): builds the graph by comparing every pair of words, then runs BFS.
from collections import deque


def ladder_length(begin_word: str, end_word: str, word_list: List[str]) -> int:
    if end_word not in word_list:
        return 0
    words = [begin_word] + [w for w in word_list if w != begin_word]
    n = len(words)
    adj = [[] for _ in range(n)]
    for i in range(n):
        a = words[i]
        for j in range(i + 1, n):
            b = words[j]
            diff = 0
            for x, y in zip(a, b):
                if x != y:
                    diff += 1
                    if diff > 1:
                        break
            if diff == 1:
                adj[i].append(j)
                adj[j].append(i)
    dist = [0] * n
    dist[0] = 1
    queue = deque([0])
    while queue:
        u = queue.popleft()
        if words[u] == end_word:
            return dist[u]
        for v in adj[u]:
            if not dist[v]:
                dist[v] = dist[u] + 1
                queue.append(v)
    return 0
