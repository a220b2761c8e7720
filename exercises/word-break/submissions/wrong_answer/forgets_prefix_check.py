# Bug: marks position i as reachable when SOME word ends there, without checking that the
# word starts at a reachable position, so only the last word really has to fit.
def word_break(s: str, word_dict: List[str]) -> bool:
    words = set(word_dict)
    n = len(s)
    ok = [True] + [False] * n
    for i in range(1, n + 1):
        ok[i] = any(s[j:i] in words for j in range(i))
    return ok[n]
