# Correct but slow: one queen per row and per column means a permutation of the columns, so
# test all n! of them for diagonal clashes. 11! is almost 40 million.
from itertools import permutations


def total_n_queens(n: int) -> int:
    count = 0
    for cols in permutations(range(n)):
        if len({r + c for r, c in enumerate(cols)}) == n and len({r - c for r, c in enumerate(cols)}) == n:
            count += 1
    return count
