# Correct ranking, but every distinct word is counted with its own scan of the list:
# O(n * d) comparisons.
def top_k_frequent_words(words: List[str], k: int) -> List[str]:
    distinct = set(words)
    ranked = sorted(distinct, key=lambda w: (-words.count(w), w))
    return ranked[:k]
