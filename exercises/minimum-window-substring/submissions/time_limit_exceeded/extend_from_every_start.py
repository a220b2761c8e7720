# Correct but O(n^2): from every start, extend to the right until the window covers t.
from collections import Counter


def min_window(s: str, t: str) -> str:
    n = len(s)
    best = ""
    for left in range(n):
        need = Counter(t)
        missing = len(t)
        for right in range(left, n):
            c = s[right]
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            if missing == 0:
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                break
    return best
