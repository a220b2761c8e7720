# Symmetry shortcut done wrong: count the solutions whose first queen is in the left half and
# double them. For odd n the middle column of the first row is never counted.
def total_n_queens(n: int) -> int:
    cols, down, up = set(), set(), set()

    def place(row: int) -> int:
        if row == n:
            return 1
        count = 0
        for col in range(n // 2 if row == 0 else n):
            if col in cols or row - col in down or row + col in up:
                continue
            cols.add(col)
            down.add(row - col)
            up.add(row + col)
            count += place(row + 1)
            cols.remove(col)
            down.remove(row - col)
            up.remove(row + col)
        return count

    return 2 * place(0)
