def ladder_length(begin_word: str, end_word: str, word_list: List[str]) -> int:
    """Return the number of words in the shortest ladder from begin_word to end_word (both
    counted), changing one letter at a time through words of word_list, or 0 if none exists."""
    return 0
