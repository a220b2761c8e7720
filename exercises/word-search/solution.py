from collections import Counter


def exist(board: List[List[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    if len(word) > rows * cols:
        return False
    # cheap rejection: the board must hold every letter as often as the word needs it
    have = Counter(ch for row in board for ch in row)
    if any(have[ch] < count for ch, count in Counter(word).items()):
        return False
    # start from the end of the word that is rarer on the board: fewer starting points
    if have[word[0]] > have[word[-1]]:
        word = word[::-1]

    grid = [row[:] for row in board]  # marks go on a copy
    last = len(word) - 1

    def trace(r: int, c: int, i: int) -> bool:
        if grid[r][c] != word[i]:
            return False
        if i == last:
            return True
        grid[r][c] = None  # on the path: cannot be used again
        found = ((r > 0 and trace(r - 1, c, i + 1)) or
                 (r + 1 < rows and trace(r + 1, c, i + 1)) or
                 (c > 0 and trace(r, c - 1, i + 1)) or
                 (c + 1 < cols and trace(r, c + 1, i + 1)))
        grid[r][c] = word[i]  # off the path again
        return found

    return any(trace(r, c, 0) for r in range(rows) for c in range(cols))
