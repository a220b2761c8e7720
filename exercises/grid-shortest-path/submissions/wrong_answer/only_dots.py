# Wrong: treats only '.' as walkable, so the target cell 'T' itself is never entered.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    rows, cols = int(data[0]), int(data[1])
    width = cols + 2
    # Flatten the grid with a border of walls, so that the neighbours of cell p are
    # p - 1, p + 1, p - width, p + width and never fall outside the grid.
    border = b"#" * width
    grid = border + b"".join(b"#" + row + b"#" for row in data[2:2 + rows]) + border
    start, target = grid.index(b"S"), grid.index(b"T")
    # open_[p] == 1: p is walkable and not visited yet
    open_ = bytearray(len(grid))
    for p, cell in enumerate(grid):
        if cell == ord("."):
            open_[p] = 1

    # breadth-first search, one whole distance layer at a time
    frontier, steps = [start], 0
    while frontier:
        steps += 1
        layer = []
        push = layer.append
        for p in frontier:
            # the four neighbours, unrolled: this loop runs up to R * C times
            q = p - 1
            if open_[q]:
                open_[q] = 0
                push(q)
            q = p + 1
            if open_[q]:
                open_[q] = 0
                push(q)
            q = p - width
            if open_[q]:
                open_[q] = 0
                push(q)
            q = p + width
            if open_[q]:
                open_[q] = 0
                push(q)
        if target in layer:
            print(steps)
            return
        frontier = layer
    print(-1)


main()
