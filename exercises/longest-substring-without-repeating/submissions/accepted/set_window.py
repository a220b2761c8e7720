# Sliding window with a set: shrink from the left until the new character fits. O(n).
def length_of_longest_substring(s: str) -> int:
    window = set()
    left = best = 0
    for right, c in enumerate(s):
        while c in window:
            window.remove(s[left])
            left += 1
        window.add(c)
        best = max(best, right - left + 1)
    return best
