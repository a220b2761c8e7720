# Wrong: breadth-first search settles each junction at the first distance found, i.e. along the
# path with the fewest roads, which is not the cheapest one when weights differ.
import sys
from collections import deque


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m, s = int(data[0]), int(data[1]), int(data[2])
    adj = [[] for _ in range(n + 1)]
    it = map(int, data[3:3 + 3 * m])
    for u, v, w in zip(it, it, it):
        adj[u].append((v, w))
    dist = [-1] * (n + 1)
    dist[s] = 0
    queue = deque([s])
    while queue:
        u = queue.popleft()
        for v, w in adj[u]:
            if dist[v] == -1:
                dist[v] = dist[u] + w
                queue.append(v)
    print(" ".join(map(str, dist[1:])))


main()
