from collections import Counter


def min_window(s: str, t: str) -> str:
    need = Counter(t)  # how many more of each letter the window needs (negative: surplus)
    missing = len(t)  # total letters still needed
    best_start, best_len = 0, len(s) + 1
    left = 0
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        if missing == 0:
            # Drop surplus letters from the left: the window stays valid.
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if right - left + 1 < best_len:  # strictly shorter: keeps the leftmost on ties
                best_start, best_len = left, right - left + 1
            # Give up s[left]; the window needs it again and must grow to the right.
            need[s[left]] += 1
            missing += 1
            left += 1
    return "" if best_len > len(s) else s[best_start:best_start + best_len]
