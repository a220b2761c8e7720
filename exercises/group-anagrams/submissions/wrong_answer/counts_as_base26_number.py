# Wrong: encodes the letter counts as the digits of a base-26 number. A letter may occur up to
# 100 times, so a count of 26 carries into the next letter: "a" * 26 gets the same key as "b".
def group_anagrams(words: List[str]) -> List[List[str]]:
    groups = {}
    for word in words:
        key = sum(26 ** (ord(c) - ord("a")) for c in word)
        groups.setdefault(key, []).append(word)
    return list(groups.values())
