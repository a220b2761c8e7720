# Bug: treats a meeting that starts exactly when another ends as overlapping (strict < in the
# heap test), so back-to-back meetings get separate rooms.
import heapq
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    busy = []
    for start, end in sorted(zip(map(int, data[1:2 * n + 1:2]), map(int, data[2:2 * n + 2:2]))):
        if busy and busy[0] < start:
            heapq.heapreplace(busy, end)
        else:
            heapq.heappush(busy, end)
    print(len(busy))


main()
