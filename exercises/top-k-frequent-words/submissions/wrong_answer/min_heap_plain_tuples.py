# Size-k min-heap of (count, word) tuples: among equal counts it throws out the alphabetically
# SMALLEST word, exactly the one that should stay. The final sort is right, the chosen set is not.
import heapq
from collections import Counter


def top_k_frequent_words(words: List[str], k: int) -> List[str]:
    heap = []
    for word, count in Counter(words).items():
        heapq.heappush(heap, (count, word))
        if len(heap) > k:
            heapq.heappop(heap)
    return [w for _, w in sorted(heap, key=lambda e: (-e[0], e[1]))]
