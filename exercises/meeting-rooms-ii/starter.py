import sys
from typing import List, Tuple


def min_rooms(meetings: List[Tuple[int, int]]) -> int:
    # TODO: the fewest rooms that can host every meeting [start, end)
    return 0


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    meetings = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
    print(min_rooms(meetings))


main()
