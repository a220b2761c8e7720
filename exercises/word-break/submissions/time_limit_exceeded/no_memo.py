# Correct but exponential: tries every word at every position and recurses, with no memory of
# which suffixes already failed. "aaaa...ab" with words "a", "aa", "aaa", ... explores every
# way of splitting the a's before giving up.
def word_break(s: str, word_dict: List[str]) -> bool:
    def can(i: int) -> bool:
        if i == len(s):
            return True
        for w in word_dict:
            if s.startswith(w, i) and can(i + len(w)):
                return True
        return False

    return can(0)
