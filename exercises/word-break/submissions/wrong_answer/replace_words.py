# Misconception: delete every occurrence of every word and check that nothing is left.
# Deleting glues the remaining pieces together, so "abcd" with ["bc", "ad"] looks breakable.
def word_break(s: str, word_dict: List[str]) -> bool:
    for w in sorted(word_dict, key=len, reverse=True):
        s = s.replace(w, "")
    return s == ""
