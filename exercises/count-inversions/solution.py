from typing import List

import sys
from bisect import bisect_left
from itertools import repeat
from operator import gt

BLOCK = 16


def count_inversions(a: List[int]) -> int:
    """Bottom-up merge sort that counts, at each merge, the pairs crossing the two halves.

    O(n log n). The inner work is pushed into C: sorted() merges two sorted runs in linear
    time (timsort detects the runs) and map(bisect_left, ...) counts the crossing pairs.
    """
    n = len(a)
    total = 0
    # Inversions inside each block of BLOCK consecutive elements: a[i::BLOCK] and a[j::BLOCK]
    # hold the i-th and j-th element of every block, so this compares all pairs i < j in a block.
    for i in range(BLOCK):
        column = a[i::BLOCK]
        for j in range(i + 1, BLOCK):
            total += sum(map(gt, column, a[j::BLOCK]))
    runs = [sorted(a[k:k + BLOCK]) for k in range(0, n, BLOCK)]
    while len(runs) > 1:
        merged = []
        for k in range(0, len(runs) - 1, 2):
            left, right = runs[k], runs[k + 1]
            # x in left is inverted with every element of right strictly smaller than x
            total += sum(map(bisect_left, repeat(right, len(left)), left))
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
