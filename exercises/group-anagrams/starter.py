def group_anagrams(words: List[str]) -> List[List[str]]:
    """Group the words so that anagrams share a group; any order of groups and words."""
    return [[w] for w in words]
