import sys
from typing import List


def main() -> None:
    data = sys.stdin.buffer.read().split()
    rows, cols = int(data[0]), int(data[1])
    grid: List[bytes] = data[2:2 + rows]  # grid[r][c] is ord("0") or ord("1")
    # TODO: print the number of islands (land cells joined through shared sides)
    print(0)


main()
