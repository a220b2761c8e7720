# Correct but about O(n^3): tests every substring for repeats with a set.
def length_of_longest_substring(s: str) -> int:
    n = len(s)
    best = 0
    for i in range(n):
        for j in range(i + 1, n + 1):
            if len(set(s[i:j])) == j - i:
                best = max(best, j - i)
    return best
