# Wrong: returns the number of letter changes (edges) instead of the number of words in the
# ladder, which is one more.
from collections import deque
from string import ascii_lowercase


def ladder_length(begin_word: str, end_word: str, word_list: List[str]) -> int:
    unvisited = set(word_list)
    if end_word not in unvisited:
        return 0
    unvisited.discard(begin_word)
    queue = deque([(begin_word, 0)])
    while queue:
        word, changes = queue.popleft()
        for i in range(len(word)):
            head, tail = word[:i], word[i + 1:]
            for c in ascii_lowercase:
                nxt = head + c + tail
                if nxt in unvisited:
                    if nxt == end_word:
                        return changes + 1
                    unvisited.remove(nxt)
                    queue.append((nxt, changes + 1))
    return 0
