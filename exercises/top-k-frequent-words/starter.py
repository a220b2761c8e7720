def top_k_frequent_words(words: List[str], k: int) -> List[str]:
    """The k most frequent words, most frequent first, ties in alphabetical order."""
    return words[:k]
