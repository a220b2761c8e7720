from heapq import heappop, heappush


def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    adj = [[] for _ in range(n + 1)]  # adj[u]: (v, w) for the links leaving u
    for u, v, w in times:
        adj[u].append((v, w))

    dist = [-1] * (n + 1)  # -1: not reached yet
    dist[k] = 0
    done = [False] * (n + 1)
    heap = [(0, k)]
    settled = 0
    last = 0
    while heap:
        d, u = heappop(heap)
        if done[u]:
            continue  # stale entry: u was settled earlier with a smaller time
        done[u] = True
        settled += 1
        last = d  # nodes are settled in increasing order of time
        for v, w in adj[u]:
            nd = d + w
            if dist[v] == -1 or nd < dist[v]:
                dist[v] = nd
                heappush(heap, (nd, v))
    return last if settled == n else -1
