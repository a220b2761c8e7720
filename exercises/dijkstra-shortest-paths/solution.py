import sys
from heapq import heappop, heappush


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m, s = int(data[0]), int(data[1]), int(data[2])
    # adj[u] holds (v, w) pairs for the roads leaving u
    adj = [[] for _ in range(n + 1)]
    it = map(int, data[3:3 + 3 * m])
    for u, v, w in zip(it, it, it):
        adj[u].append((v, w))

    inf = float("inf")
    dist = [inf] * (n + 1)
    dist[s] = 0
    heap = [(0, s)]
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue  # stale entry: u was already settled with a smaller distance
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heappush(heap, (nd, v))

    sys.stdout.write(" ".join(str(d) if d != inf else "-1" for d in dist[1:]) + "\n")


main()
