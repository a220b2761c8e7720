def group_anagrams(words: List[str]) -> List[List[str]]:
    groups: Dict[str, List[str]] = {}
    for word in words:
        key = "".join(sorted(word))  # anagrams, and only anagrams, share their sorted letters
        groups.setdefault(key, []).append(word)
    return list(groups.values())
