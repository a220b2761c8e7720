# Correct but O(n * rooms): keep a plain list with the end time of each room and, for every
# meeting (by start time), scan it for a free room. When all meetings overlap there are n
# rooms and every scan looks at all of them.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    meetings = sorted(zip(map(int, data[1:2 * n + 1:2]), map(int, data[2:2 * n + 2:2])))
    rooms = []
    for start, end in meetings:
        for k in range(len(rooms)):
            if rooms[k] <= start:
                rooms[k] = end
                break
        else:
            rooms.append(end)
    print(len(rooms))


main()
