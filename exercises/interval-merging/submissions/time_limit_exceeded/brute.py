# Correct but O(n^2) per pass: merges any two overlapping or touching intervals until no pair is
# left, comparing every pair.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    it = map(int, data[1:1 + 2 * n])
    intervals = list(zip(it, it))
    changed = True
    while changed:
        changed = False
        i = 0
        while i < len(intervals):
            j = i + 1
            while j < len(intervals):
                (a, b), (c, d) = intervals[i], intervals[j]
                if a <= d and c <= b:
                    intervals[i] = (min(a, c), max(b, d))
                    intervals.pop(j)
                    changed = True
                else:
                    j += 1
            i += 1
    for l, r in sorted(intervals):
        print(l, r)


main()
