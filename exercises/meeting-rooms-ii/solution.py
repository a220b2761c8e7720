import heapq
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    starts = map(int, data[1:2 * n + 1:2])
    ends = map(int, data[2:2 * n + 2:2])
    busy = []  # min-heap of the end times of the rooms in use
    for start, end in sorted(zip(starts, ends)):
        if busy and busy[0] <= start:
            # The room that frees up first is free by now (a meeting ending at t frees its
            # room for one starting at t): reuse it.
            heapq.heapreplace(busy, end)
        else:
            heapq.heappush(busy, end)
    print(len(busy))


main()
