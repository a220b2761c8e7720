def word_break(s: str, word_dict: List[str]) -> bool:
    words = set(word_dict)
    longest = max(map(len, words))
    n = len(s)
    # ok[i]: the prefix s[:i] splits into dictionary words (the empty prefix trivially does).
    ok = [True] + [False] * n
    for i in range(1, n + 1):
        for j in range(max(0, i - longest), i):
            if ok[j] and s[j:i] in words:
                ok[i] = True
                break
    return ok[n]
