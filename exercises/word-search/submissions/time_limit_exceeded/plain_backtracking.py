# Correct but exponential in the worst case: backtracking with no pruning. On a board of 36
# 'a's and the word 'aaa...ab', it walks every path of a's before concluding False.
def exist(board: List[List[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])

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
