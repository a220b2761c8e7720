# Bug: stores each group as a set, so a word that occurs twice is kept only once.
def group_anagrams(words: List[str]) -> List[List[str]]:
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), set()).add(word)
    return [sorted(g) for g in groups.values()]
