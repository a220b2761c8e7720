# Correct but slow: the same unbalanced, uncompressed union-find, linking b's root under a's
# root instead. Now a star whose hub is listed LAST builds the ever longer chain:
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
            parent[rb] = ra
            provinces -= 1
    return provinces
