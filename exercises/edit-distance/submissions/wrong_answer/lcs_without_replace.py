# Misconception: keep the longest common subsequence and delete/insert everything else. That
# is the distance WITHOUT replacements: "abc" -> "abd" costs 2 here instead of 1.
def min_distance(word1: str, word2: str) -> int:
    m, n = len(word1), len(word2)
    prev = [0] * (n + 1)
    for i in range(1, m + 1):
        cur = [0] * (n + 1)
        for j in range(1, n + 1):
            if word1[i - 1] == word2[j - 1]:
                cur[j] = prev[j - 1] + 1
            else:
                cur[j] = max(prev[j], cur[j - 1])
        prev = cur
    return m + n - 2 * prev[n]
