# Trie walk: from every reachable start position, follow s through a trie of the words and
# mark every position where a word ends as reachable.
def word_break(s: str, word_dict: List[str]) -> bool:
    END = "$"
    root = {}
    for w in word_dict:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[END] = True
    n = len(s)
    reachable = [False] * (n + 1)
    reachable[0] = True
    for start in range(n):
        if not reachable[start]:
            continue
        node = root
        for i in range(start, n):
            node = node.get(s[i])
            if node is None:
                break
            if END in node:
                reachable[i + 1] = True
    return reachable[n]
