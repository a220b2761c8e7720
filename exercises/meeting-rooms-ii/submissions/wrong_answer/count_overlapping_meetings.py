# Misconception: sorts by start and opens a new room for every meeting that starts before the
# latest end seen so far. That counts meetings that overlap SOME earlier meeting, not rooms
# needed at the same time: [0, 10), [1, 2), [3, 4) gives 3 instead of 2.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    rooms = 0
    latest = None
    for start, end in sorted(zip(map(int, data[1:2 * n + 1:2]), map(int, data[2:2 * n + 2:2]))):
        if latest is None or start >= latest:
            rooms = max(rooms, 1)
        else:
            rooms += 1
        latest = end if latest is None else max(latest, end)
    print(rooms)


main()
