# Greedy: always cut the longest word that fits at the current position. Taking "goals" from
# "goalspecial" leaves "pecial", although "goal" + "special" works.
def word_break(s: str, word_dict: List[str]) -> bool:
    words = sorted(set(word_dict), key=len, reverse=True)
    i = 0
    while i < len(s):
        for w in words:
            if s.startswith(w, i):
                i += len(w)
                break
        else:
            return False
    return True
