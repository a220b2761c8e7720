# Hand-rolled size-k min-heap whose top is the WORST kept word: lowest count, and among equal
# counts the alphabetically largest word (hence the wrapper reversing string order).
import heapq
from collections import Counter


class _Entry:
    __slots__ = ("count", "word")

    def __init__(self, count, word):
        self.count = count
        self.word = word

    def __lt__(self, other):
        if self.count != other.count:
            return self.count < other.count
        return self.word > other.word


def top_k_frequent_words(words: List[str], k: int) -> List[str]:
    heap = []
    for word, count in Counter(words).items():
        heapq.heappush(heap, _Entry(count, word))
        if len(heap) > k:
            heapq.heappop(heap)
    out = []
    while heap:
        out.append(heapq.heappop(heap).word)
    return out[::-1]
