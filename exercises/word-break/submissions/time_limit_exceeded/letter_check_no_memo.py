# Correct but exponential: a quick rejection (a letter of s that no word contains) in front of
# the memo-less recursion. It only helps when s has such a letter; when every letter is used
# and the dead end sits in the middle, the recursion still tries every way to cut the a's.
def word_break(s: str, word_dict: List[str]) -> bool:
    letters = set("".join(word_dict))
    if any(c not in letters for c in s):
        return False

    def can(i: int) -> bool:
        if i == len(s):
            return True
        for w in word_dict:
            if s.startswith(w, i) and can(i + len(w)):
                return True
        return False

    return can(0)
