# Wrong: also joins cells that touch only at a corner (8 neighbours), so diagonal chains of
# separate islands are counted as one.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    rows, cols = int(data[0]), int(data[1])
    width = cols + 2
    border = b"0" * width
    flat = border + b"".join(b"0" + row + b"0" for row in data[2:2 + rows]) + border
    land = bytearray(flat.translate(bytes.maketrans(b"01", b"\x00\x01")))
    islands = 0
    p = land.find(1)
    while p != -1:
        islands += 1
        land[p] = 0
        stack = [p]
        while stack:
            q = stack.pop()
            for r in (q - 1, q + 1, q - width, q + width,
                      q - width - 1, q - width + 1, q + width - 1, q + width + 1):
                if land[r]:
                    land[r] = 0
                    stack.append(r)
        p = land.find(1, p + 1)
    print(islands)


main()
