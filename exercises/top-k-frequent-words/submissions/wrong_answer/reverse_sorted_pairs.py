# Sorts (count, word) in reverse: higher counts first, but ties come out in REVERSE
# alphabetical order.
from collections import Counter


def top_k_frequent_words(words: List[str], k: int) -> List[str]:
    counts = Counter(words)
    ranked = sorted(counts.items(), key=lambda e: (e[1], e[0]), reverse=True)
    return [w for w, _ in ranked[:k]]
