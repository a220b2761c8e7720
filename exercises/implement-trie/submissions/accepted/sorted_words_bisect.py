# No trie: a set for exact lookups plus a sorted list of the words. The words starting with a
# prefix form a contiguous block of the sorted list, and bisect finds where it would begin.
# Inserting into the list is O(n) (one memmove), fine at these sizes.
import bisect


class Trie:
    def __init__(self):
        self.words = set()
        self.ordered = []

    def insert(self, word: str) -> None:
        if word not in self.words:
            self.words.add(word)
            bisect.insort(self.ordered, word)

    def search(self, word: str) -> bool:
        return word in self.words

    def startsWith(self, prefix: str) -> bool:
        i = bisect.bisect_left(self.ordered, prefix)
        return i < len(self.ordered) and self.ordered[i].startswith(prefix)
