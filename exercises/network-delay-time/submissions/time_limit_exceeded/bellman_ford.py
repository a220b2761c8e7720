# Correct but O(n * len(times)): relaxes every link, round after round, until a round changes
# nothing. On a long chain listed from its far end, each round advances only one link.
def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    inf = float("inf")
    dist = [inf] * (n + 1)
    dist[k] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in times:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    worst = max(dist[1:])
    return -1 if worst == inf else worst
