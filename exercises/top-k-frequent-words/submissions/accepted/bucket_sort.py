# Bucket sort by count (counts lie in 1..n), each bucket sorted alphabetically.
from collections import Counter


def top_k_frequent_words(words: List[str], k: int) -> List[str]:
    counts = Counter(words)
    buckets = [[] for _ in range(len(words) + 1)]
    for w, c in counts.items():
        buckets[c].append(w)
    out = []
    for c in range(len(words), 0, -1):
        for w in sorted(buckets[c]):
            out.append(w)
            if len(out) == k:
                return out
    return out
