# Correct idea, but the flood fill is recursive: one long winding island needs a recursion
# depth in the hundreds of thousands, far past Python's limit (RecursionError).
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    rows, cols = int(data[0]), int(data[1])
    grid = [bytearray(row) for row in data[2:2 + rows]]
    one = ord("1")

    def sink(r: int, c: int) -> None:
        if r < 0 or r >= rows or c < 0 or c >= cols or grid[r][c] != one:
            return
        grid[r][c] = ord("0")
        sink(r + 1, c)
        sink(r - 1, c)
        sink(r, c + 1)
        sink(r, c - 1)

    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == one:
                islands += 1
                sink(r, c)
    print(islands)


main()
