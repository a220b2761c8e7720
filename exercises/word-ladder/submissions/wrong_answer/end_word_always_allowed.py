# Wrong: adds end_word to the dictionary, so a ladder may end on a word that is not in
# word_list.
from collections import deque
from string import ascii_lowercase


def ladder_length(begin_word: str, end_word: str, word_list: List[str]) -> int:
    unvisited = set(word_list)
    unvisited.add(end_word)
    unvisited.discard(begin_word)
    queue = deque([(begin_word, 1)])
    while queue:
        word, length = queue.popleft()
        for i in range(len(word)):
            head, tail = word[:i], word[i + 1:]
            for c in ascii_lowercase:
                nxt = head + c + tail
                if nxt in unvisited:
                    if nxt == end_word:
                        return length + 1
                    unvisited.remove(nxt)
                    queue.append((nxt, length + 1))
    return 0
