# Wrong: marks a junction as done when it is first pushed onto the heap, so a cheaper path found
# later (through a junction popped afterwards) never replaces the first distance.
import sys
from heapq import heappop, heappush


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m, s = int(data[0]), int(data[1]), int(data[2])
    adj = [[] for _ in range(n + 1)]
    it = map(int, data[3:3 + 3 * m])
    for u, v, w in zip(it, it, it):
        adj[u].append((v, w))
    dist = [-1] * (n + 1)
    visited = [False] * (n + 1)
    dist[s] = 0
    visited[s] = True
    heap = [(0, s)]
    while heap:
        d, u = heappop(heap)
        for v, w in adj[u]:
            if not visited[v]:
                visited[v] = True
                dist[v] = d + w
                heappush(heap, (d + w, v))
    print(" ".join(map(str, dist[1:])))


main()
