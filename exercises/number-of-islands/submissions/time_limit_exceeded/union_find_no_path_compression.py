# Correct but slow: union-find whose find() walks to the root without compressing the path, and
# whose union hangs the older root under the newer one. On one big island every merge makes the
# old trees one level deeper, and each cell of the next row walks that whole chain again:
# about R * C^2 steps on a 250 x 1000 block of land.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    rows, cols = int(data[0]), int(data[1])
    grid = data[2:2 + rows]
    one = ord("1")
    parent = list(range(rows * cols))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    islands = 0
    for r in range(rows):
        row = grid[r]
        for c in range(cols):
            if row[c] != one:
                continue
            islands += 1
            p = r * cols + c
            for q in ((p - 1) if c > 0 and row[c - 1] == one else -1,
                      (p - cols) if r > 0 and grid[r - 1][c] == one else -1):
                if q < 0:
                    continue
                a, b = find(p), find(q)
                if a != b:
                    parent[b] = a
                    islands -= 1
    print(islands)


main()
