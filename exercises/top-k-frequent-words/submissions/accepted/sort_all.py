# Count with a dict, then sort all distinct words: O(n + d log d), fast enough.
def top_k_frequent_words(words: List[str], k: int) -> List[str]:
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts, key=lambda w: (-counts[w], w))[:k]
