def length_of_longest_substring(s: str) -> int:
    last: Dict[str, int] = {}  # character -> index of its latest occurrence
    left = 0  # s[left:right + 1] never contains a repeat
    best = 0
    for right, c in enumerate(s):
        seen = last.get(c)
        if seen is not None and seen >= left:
            left = seen + 1
        last[c] = right
        if right - left + 1 > best:
            best = right - left + 1
    return best
