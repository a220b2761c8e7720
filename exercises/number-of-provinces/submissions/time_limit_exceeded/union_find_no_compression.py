# Correct but slow: union-find with neither path compression nor union by size. Linking the
# root of a's tree under the root of b's tree, a star whose hub is listed first puts the hub at
# the bottom of a chain that grows by one with every road, and find(hub) walks it all:
# O(n * len(roads)).
def count_provinces(n: int, roads: List[List[int]]) -> int:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    provinces = n
    for a, b in roads:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            provinces -= 1
    return provinces
