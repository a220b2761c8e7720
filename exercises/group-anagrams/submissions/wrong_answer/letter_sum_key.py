# Bug: keys on the sum of the character codes, a "hash" with collisions: "ad" and "bc" both
# sum to the same value.
def group_anagrams(words: List[str]) -> List[List[str]]:
    groups = {}
    for word in words:
        groups.setdefault((len(word), sum(map(ord, word))), []).append(word)
    return list(groups.values())
