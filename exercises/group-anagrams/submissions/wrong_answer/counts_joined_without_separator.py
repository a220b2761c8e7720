# Wrong: the key is the 26 letter counts written one after the other with no separator, so
# counts (1, 11) and (11, 1) both read "111...".
def group_anagrams(words: List[str]) -> List[List[str]]:
    groups = {}
    for word in words:
        counts = [0] * 26
        for c in word:
            counts[ord(c) - ord("a")] += 1
        groups.setdefault("".join(map(str, counts)), []).append(word)
    return list(groups.values())
