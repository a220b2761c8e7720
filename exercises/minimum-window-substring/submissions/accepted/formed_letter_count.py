# Sliding window counting how many distinct letters have reached their required count.
from collections import Counter


def min_window(s: str, t: str) -> str:
    need = Counter(t)
    have = {}
    formed = 0
    best = None
    left = 0
    for right, c in enumerate(s):
        have[c] = have.get(c, 0) + 1
        if c in need and have[c] == need[c]:
            formed += 1
        while formed == len(need):
            if best is None or right - left + 1 < best[1] - best[0]:
                best = (left, right + 1)
            d = s[left]
            have[d] -= 1
            if d in need and have[d] < need[d]:
                formed -= 1
            left += 1
    return "" if best is None else s[best[0]:best[1]]
