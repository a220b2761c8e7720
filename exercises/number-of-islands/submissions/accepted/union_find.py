# Union-find instead of a flood fill: start with one island per land cell and merge each cell
# with its land neighbours to the left and above; every successful merge removes one island.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    rows, cols = int(data[0]), int(data[1])
    grid = data[2:2 + rows]
    one = ord("1")
    parent = list(range(rows * cols))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    def union(a: int, b: int) -> bool:
        ra, rb = find(a), find(b)
        if ra == rb:
            return False
        parent[ra] = rb
        return True

    islands = 0
    for r in range(rows):
        row = grid[r]
        for c in range(cols):
            if row[c] != one:
                continue
            islands += 1
            p = r * cols + c
            if c > 0 and row[c - 1] == one and union(p, p - 1):
                islands -= 1
            if r > 0 and grid[r - 1][c] == one and union(p, p - cols):
                islands -= 1
    print(islands)


main()
