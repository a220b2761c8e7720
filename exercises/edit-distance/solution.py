def min_distance(word1: str, word2: str) -> int:
    # prev[j] = distance between the first i - 1 letters of word1 and the first j of word2.
    n = len(word2)
    prev = list(range(n + 1))  # from the empty prefix: j insertions
    for i, a in enumerate(word1, 1):
        cur = [i] + [0] * n  # to the empty prefix: i deletions
        for j, b in enumerate(word2, 1):
            if a == b:
                cur[j] = prev[j - 1]
            else:
                # replace a by b, delete a, insert b
                cur[j] = 1 + min(prev[j - 1], prev[j], cur[j - 1])
        prev = cur
    return prev[n]
