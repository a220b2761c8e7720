# Correct but O(n * groups): each word is compared with the key of every group found so far.
def group_anagrams(words: List[str]) -> List[List[str]]:
    keys = []
    groups = []
    for word in words:
        key = sorted(word)
        for k in range(len(keys)):
            if keys[k] == key:
                groups[k].append(word)
                break
        else:
            keys.append(key)
            groups.append([word])
    return groups
