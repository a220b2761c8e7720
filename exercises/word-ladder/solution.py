from collections import defaultdict


def ladder_length(begin_word: str, end_word: str, word_list: List[str]) -> int:
    if end_word not in word_list:
        return 0
    size = len(begin_word)
    # buckets["h*t"] holds the dictionary words matching that pattern: words that share a
    # bucket differ in at most the blanked position
    buckets = defaultdict(list)
    for word in word_list:
        for i in range(size):
            buckets[word[:i] + "*" + word[i + 1:]].append(word)

    seen = {begin_word}
    frontier = [begin_word]
    length = 1  # words in the ladder so far
    while frontier:
        length += 1
        next_frontier = []
        for word in frontier:
            for i in range(size):
                pattern = word[:i] + "*" + word[i + 1:]
                for nxt in buckets.pop(pattern, ()):  # each bucket is scanned at most once
                    if nxt == end_word:
                        return length
                    if nxt not in seen:
                        seen.add(nxt)
                        next_frontier.append(nxt)
        frontier = next_frontier
    return 0
