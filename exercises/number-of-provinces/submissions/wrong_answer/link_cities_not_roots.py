# Wrong: union links the city b itself under a (parent[b] = a) instead of linking the ROOTS.
# If b already hung under another city, that old link is overwritten and b's former province
# is cut loose.
def count_provinces(n: int, roads: List[List[int]]) -> int:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in roads:
        if find(a) != find(b):
            parent[b] = a
    return sum(1 for x in range(n) if parent[x] == x)
