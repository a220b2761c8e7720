# Greedy: compare the words position by position and add the difference in length. Right when
# letters only change in place, but an insertion near the front shifts everything after it:
# "abcdef" -> "xabcdef" costs 7 here instead of 1.
def min_distance(word1: str, word2: str) -> int:
    mismatches = sum(1 for a, b in zip(word1, word2) if a != b)
    return mismatches + abs(len(word1) - len(word2))
