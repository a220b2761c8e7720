# Bug: only measures a window when a repeat ends it, so the final window (and any string
# without repeats at all) is never counted ("abc" gives 0).
def length_of_longest_substring(s: str) -> int:
    last = {}
    left = best = 0
    for right, c in enumerate(s):
        if c in last and last[c] >= left:
            best = max(best, right - left)
            left = last[c] + 1
        last[c] = right
    return best
