# Correct but exponential: the same recursion without a memo. Two words with no letter in
# common make it branch three ways at every step.
def min_distance(word1: str, word2: str) -> int:
    def dist(i: int, j: int) -> int:
        if i == len(word1):
            return len(word2) - j
        if j == len(word2):
            return len(word1) - i
        if word1[i] == word2[j]:
            return dist(i + 1, j + 1)
        return 1 + min(dist(i + 1, j + 1), dist(i + 1, j), dist(i, j + 1))

    return dist(0, 0)
