# Unbounded-knapsack style: ways[a] lists the combinations that sum to a, built by adding the
# candidates one at a time (so each combination appears once, in candidate order).
def combination_sum(candidates: List[int], target: int) -> List[List[int]]:
    ways = [[] for _ in range(target + 1)]
    ways[0] = [[]]
    for c in candidates:
        for a in range(c, target + 1):
            ways[a] += [combo + [c] for combo in ways[a - c]]
    return ways[target]
