# Bug: row - col can be negative, so it is stored as abs(row - col) to fit a list index. That
# merges two different diagonals (row - col = 2 and row - col = -2), forbidding safe squares.
def total_n_queens(n: int) -> int:
    col_used = [False] * n
    down_used = [False] * n
    up_used = [False] * (2 * n)

    def place(row: int) -> int:
        if row == n:
            return 1
        count = 0
        for col in range(n):
            d = abs(row - col)
            if col_used[col] or down_used[d] or up_used[row + col]:
                continue
            col_used[col] = down_used[d] = up_used[row + col] = True
            count += place(row + 1)
            col_used[col] = down_used[d] = up_used[row + col] = False
        return count

    return place(0)
