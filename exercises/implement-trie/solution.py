class _Node:
    __slots__ = ("children", "is_word")

    def __init__(self):
        self.children = {}    # letter -> _Node
        self.is_word = False  # True if the path from the root to here spells an inserted word


class Trie:
    def __init__(self):
        self.root = _Node()

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            child = node.children.get(ch)
            if child is None:
                child = node.children[ch] = _Node()
            node = child
        node.is_word = True

    def _walk(self, s: str):
        """The node reached by spelling s from the root, or None if the path breaks off."""
        node = self.root
        for ch in s:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and node.is_word

    def startsWith(self, prefix: str) -> bool:
        return self._walk(prefix) is not None
