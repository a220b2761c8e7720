def word_break(s: str, word_dict: List[str]) -> bool:
    """Return True if s can be cut into pieces that are all words of word_dict (each word
    may be used any number of times)."""
    pass
