def find_redundant_connection(edges: List[List[int]]) -> List[int]:
    parent = list(range(len(edges) + 1))  # machines are numbered 1..n

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    # Adding the cables in order, the first one whose ends are already connected closes the
    # loop; every other loop cable was added before it, so it is the loop's last cable.
    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            return [a, b]
        parent[ra] = rb
    return []  # unreachable: the input always has exactly one loop
