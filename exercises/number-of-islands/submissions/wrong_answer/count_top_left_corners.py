# Wrong: counts the land cells whose upper and left neighbours are both water, assuming each
# island has exactly one such "top-left corner". A U, a staircase or an island whose rows
# start at different columns has several.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    rows, cols = int(data[0]), int(data[1])
    grid = data[2:2 + rows]
    one = ord("1")
    count = 0
    for r in range(rows):
        row = grid[r]
        above = grid[r - 1] if r > 0 else None
        for c in range(cols):
            if row[c] == one:
                up = above is not None and above[c] == one
                left = c > 0 and row[c - 1] == one
                if not up and not left:
                    count += 1
    print(count)


main()
