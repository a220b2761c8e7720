# Bug: only asks that every DISTINCT letter of t appears, ignoring how many times t repeats it.
def min_window(s: str, t: str) -> str:
    need = set(t)
    count = {}
    formed = 0
    best = None
    left = 0
    for right, c in enumerate(s):
        count[c] = count.get(c, 0) + 1
        if c in need and count[c] == 1:
            formed += 1
        while formed == len(need):
            if best is None or right - left + 1 < best[1] - best[0]:
                best = (left, right + 1)
            d = s[left]
            count[d] -= 1
            if d in need and count[d] == 0:
                formed -= 1
            left += 1
    return "" if best is None else s[best[0]:best[1]]
