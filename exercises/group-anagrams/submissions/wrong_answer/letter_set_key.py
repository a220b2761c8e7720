# Bug: keys on the SET of letters, forgetting how often each occurs: "aab" and "abb" end up in
# the same group.
def group_anagrams(words: List[str]) -> List[List[str]]:
    groups = {}
    for word in words:
        groups.setdefault(frozenset(word), []).append(word)
    return list(groups.values())
