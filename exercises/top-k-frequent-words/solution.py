import heapq
from collections import Counter


def top_k_frequent_words(words: List[str], k: int) -> List[str]:
    """One counting pass, then the k best words by (-count, word): O(n + d log k)."""
    counts = Counter(words)
    return heapq.nsmallest(k, counts, key=lambda w: (-counts[w], w))
