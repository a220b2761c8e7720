# Sweep over the sorted start times and the sorted end times: each start needs a room unless
# some meeting has already ended (end <= start). The answer is the most rooms in use at once.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    starts = sorted(map(int, data[1:2 * n + 1:2]))
    ends = sorted(map(int, data[2:2 * n + 2:2]))
    rooms = best = 0
    j = 0
    for s in starts:
        while ends[j] <= s:  # the meetings that are over by time s give their rooms back
            j += 1
            rooms -= 1
        rooms += 1
        best = max(best, rooms)
    print(best)


main()
