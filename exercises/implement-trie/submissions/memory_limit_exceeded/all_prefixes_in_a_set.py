# Too much memory (and O(L^2) time per insert): stores every prefix of every word as its own
# string. Lookups are quick, but one word of length L adds L strings of total length ~L^2 / 2:
# 150 words of 2000 letters need over 300 MB.
class Trie:
    def __init__(self):
        self.words = set()
        self.prefixes = set()

    def insert(self, word: str) -> None:
        self.words.add(word)
        for end in range(1, len(word) + 1):
            self.prefixes.add(word[:end])

    def search(self, word: str) -> bool:
        return word in self.words

    def startsWith(self, prefix: str) -> bool:
        return prefix in self.prefixes
