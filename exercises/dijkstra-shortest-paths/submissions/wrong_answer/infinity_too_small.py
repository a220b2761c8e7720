# Wrong: "infinity" is 10^12, but a path of 10^4 roads of 10^9 minutes is longer than that,
# so the junctions beyond 10^12 minutes are never relaxed and print as unreachable.
import sys
from heapq import heappop, heappush


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m, s = int(data[0]), int(data[1]), int(data[2])
    adj = [[] for _ in range(n + 1)]
    it = map(int, data[3:3 + 3 * m])
    for u, v, w in zip(it, it, it):
        adj[u].append((v, w))
    INF = 10**12
    dist = [INF] * (n + 1)
    dist[s] = 0
    heap = [(0, s)]
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heappush(heap, (d + w, v))
    print(" ".join(str(d) if d != INF else "-1" for d in dist[1:]))


main()
