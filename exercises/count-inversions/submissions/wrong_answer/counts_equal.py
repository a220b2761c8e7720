from typing import List

# Wrong: counts pairs of equal values as inversions (>= instead of >, bisect_right instead of
# bisect_left). Fast enough, so it is judged a wrong answer, not a time-out.
import sys
from bisect import bisect_right
from itertools import repeat
from operator import ge

BLOCK = 16


def count_inversions(a: List[int]) -> int:
    n = len(a)
    total = 0
    for i in range(BLOCK):
        column = a[i::BLOCK]
        for j in range(i + 1, BLOCK):
            total += sum(map(ge, column, a[j::BLOCK]))
    runs = [sorted(a[k:k + BLOCK]) for k in range(0, n, BLOCK)]
    while len(runs) > 1:
        merged = []
        for k in range(0, len(runs) - 1, 2):
            left, right = runs[k], runs[k + 1]
            total += sum(map(bisect_right, repeat(right, len(left)), left))
            merged.append(sorted(left + right))
        if len(runs) % 2:
            merged.append(runs[-1])
        runs = merged
    return total


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    sys.stdout.write(f"{count_inversions(a)}\n")


main()
