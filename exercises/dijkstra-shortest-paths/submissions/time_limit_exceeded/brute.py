# Correct but O(n * m): Bellman-Ford, relaxing every road in each round until nothing changes.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m, s = int(data[0]), int(data[1]), int(data[2])
    it = map(int, data[3:3 + 3 * m])
    edges = list(zip(it, it, it))
    dist = [-1] * (n + 1)
    dist[s] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in edges:
            du = dist[u]
            if du >= 0 and (dist[v] < 0 or du + w < dist[v]):
                dist[v] = du + w
                changed = True
        if not changed:
            break
    print(" ".join(map(str, dist[1:])))


main()
