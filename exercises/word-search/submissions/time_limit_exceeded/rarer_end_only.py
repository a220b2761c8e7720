# Correct but exponential in the worst case: backtracking from whichever end of the word is
# rarer on the board, without counting the letters first. When both ends are common and the
# board lacks a second copy of a letter in the middle of the word, every path of common
# letters is tried before the answer False is known.
from collections import Counter


def exist(board: List[List[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    have = Counter(ch for row in board for ch in row)
    if have[word[0]] > have[word[-1]]:
        word = word[::-1]

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
