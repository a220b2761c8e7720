def alien_order(words: List[str]) -> str:
    """Return every letter that appears in words, in the alphabetically smallest order that
    makes words sorted, or "" if no order does."""
    return "".join(sorted(set("".join(words))))
