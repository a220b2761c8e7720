# Correct but exponential in the worst case: backtracking that first checks the letter counts,
# but always searches from the word's first letter. When the counts allow the word and only its
# LAST letter is rare (and walled off), every path of common letters is tried in vain;
# searching from the rarer end would fail at once.
from collections import Counter


def exist(board: List[List[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    have = Counter(ch for row in board for ch in row)
    if any(have[ch] < count for ch, count in Counter(word).items()):
        return False

    def dfs(r: int, c: int, i: int) -> bool:
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        saved = board[r][c]
        board[r][c] = "#"
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and dfs(nr, nc, i + 1):
                board[r][c] = saved
                return True
        board[r][c] = saved
        return False

    return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
