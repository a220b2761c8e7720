# Top-down: can the suffix s[i:] be split? Memoized on i, so each suffix is solved once. It
# recurses at most len(s) <= 200 levels deep (3 frames per level here), within the default limit.
from functools import lru_cache


def word_break(s: str, word_dict: List[str]) -> bool:
    words = set(word_dict)
    lengths = sorted({len(w) for w in words})

    @lru_cache(maxsize=None)
    def can(i: int) -> bool:
        if i == len(s):
            return True
        return any(s[i:i + k] in words and can(i + k) for k in lengths if i + k <= len(s))

    return can(0)
