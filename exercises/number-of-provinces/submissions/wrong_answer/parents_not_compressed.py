# Wrong: a correct union-find (with path halving), but the answer counts the distinct values in `parent` instead
# of the distinct ROOTS. A city whose parent is not its root makes the count too large.
def count_provinces(n: int, roads: List[List[int]]) -> int:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in roads:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    return len(set(parent))
