# Classic bug: left = last[c] + 1 without max(left, ...), so the left edge can move BACK to
# before a repeat it had already skipped ("abba" gives 3 instead of 2).
def length_of_longest_substring(s: str) -> int:
    last = {}
    left = best = 0
    for right, c in enumerate(s):
        if c in last:
            left = last[c] + 1
        last[c] = right
        best = max(best, right - left + 1)
    return best
