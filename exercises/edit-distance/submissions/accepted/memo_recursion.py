# Top-down memoized recursion over (i, j) = the suffixes word1[i:] and word2[j:]. It recurses
# at most len(word1) + len(word2) <= 400 calls deep, within Python's default limit.
from functools import lru_cache


def min_distance(word1: str, word2: str) -> int:
    m, n = len(word1), len(word2)

    @lru_cache(maxsize=None)
    def dist(i: int, j: int) -> int:
        if i == m:
            return n - j
        if j == n:
            return m - i
        if word1[i] == word2[j]:
            return dist(i + 1, j + 1)
        return 1 + min(dist(i + 1, j + 1), dist(i + 1, j), dist(i, j + 1))

    return dist(0, 0)
