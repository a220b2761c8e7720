# Counter.most_common orders equal counts by first appearance in the list, not alphabetically.
from collections import Counter


def top_k_frequent_words(words: List[str], k: int) -> List[str]:
    return [w for w, _ in Counter(words).most_common(k)]
