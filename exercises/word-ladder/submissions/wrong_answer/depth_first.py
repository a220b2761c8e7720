# Wrong: searches depth-first and returns the length of the first ladder it finds. Marking
# words as visited keeps it fast, but the first ladder found is not necessarily the shortest.
from string import ascii_lowercase


def ladder_length(begin_word: str, end_word: str, word_list: List[str]) -> int:
    unvisited = set(word_list)
    if end_word not in unvisited:
        return 0
    unvisited.discard(begin_word)
    stack = [(begin_word, 1)]
    while stack:
        word, length = stack.pop()
        if word == end_word:
            return length
        for i in range(len(word)):
            head, tail = word[:i], word[i + 1:]
            for c in ascii_lowercase:
                nxt = head + c + tail
                if nxt in unvisited:
                    unvisited.remove(nxt)
                    stack.append((nxt, length + 1))
    return 0
