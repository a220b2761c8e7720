# Correct but O(n^2) in the worst case: Dijkstra that picks the next junction by scanning
# every junction waiting in the frontier instead of using a heap. The star case puts 20000
# junctions in the frontier at once.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m, s = int(data[0]), int(data[1]), int(data[2])
    adj = [[] for _ in range(n + 1)]
    it = map(int, data[3:3 + 3 * m])
    for u, v, w in zip(it, it, it):
        adj[u].append((v, w))
    inf = float("inf")
    dist = [inf] * (n + 1)
    dist[s] = 0
    done = [False] * (n + 1)
    frontier = {s}
    while frontier:
        u = min(frontier, key=dist.__getitem__)
        frontier.discard(u)
        done[u] = True
        for v, w in adj[u]:
            if not done[v] and dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                frontier.add(v)
    print(" ".join(str(d) if d != inf else "-1" for d in dist[1:]))


main()
