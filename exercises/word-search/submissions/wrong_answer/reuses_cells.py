# Wrong: prunes by letter counts and starts from the rarer end (so it is fast), but never
# marks the cells on the current path, so a cell can be used twice ("tat" next to a single "t").
from collections import Counter


def exist(board: List[List[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    have = Counter(ch for row in board for ch in row)
    if any(have[ch] < count for ch, count in Counter(word).items()):
        return False
    if have[word[0]] > have[word[-1]]:
        word = word[::-1]

    def dfs(r: int, c: int, i: int) -> bool:
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and dfs(nr, nc, i + 1):
                return True
        return False

    return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
