def min_distance(word1: str, word2: str) -> int:
    """Return the fewest single-letter insertions, deletions and replacements that turn
    word1 into word2."""
    pass
