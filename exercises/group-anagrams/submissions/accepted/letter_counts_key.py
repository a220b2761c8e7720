# O(n * k): the key is the tuple of the 26 letter counts instead of the sorted word.
from collections import defaultdict


def group_anagrams(words: List[str]) -> List[List[str]]:
    groups = defaultdict(list)
    base = ord("a")
    for word in words:
        counts = [0] * 26
        for ch in word:
            counts[ord(ch) - base] += 1
        groups[tuple(counts)].append(word)
    return list(groups.values())
