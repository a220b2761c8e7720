# Bug: runs the heap sweep in input order instead of sorting by start time, so a room freed
# "later in the list" is not seen when an earlier-listed, later meeting comes along.
import heapq
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    busy = []
    for start, end in zip(map(int, data[1:2 * n + 1:2]), map(int, data[2:2 * n + 2:2])):
        if busy and busy[0] <= start:
            heapq.heapreplace(busy, end)
        else:
            heapq.heappush(busy, end)
    print(len(busy))


main()
