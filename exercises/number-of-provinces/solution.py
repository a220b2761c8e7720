def count_provinces(n: int, roads: List[List[int]]) -> int:
    parent = list(range(n))
    size = [1] * n

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving keeps the trees flat
            x = parent[x]
        return x

    provinces = n
    for a, b in roads:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue  # already in the same province: this road closes a cycle
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra  # hang the smaller tree under the larger one
        size[ra] += size[rb]
        provinces -= 1
    return provinces
