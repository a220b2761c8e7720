def total_n_queens(n: int) -> int:
    # One queen per row. Place them row by row, remembering which columns and which diagonals
    # are already attacked: on a "\" diagonal row - col is constant, on a "/" one row + col.
    cols, down, up = set(), set(), set()

    def place(row: int) -> int:
        if row == n:
            return 1
        count = 0
        for col in range(n):
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

    return place(0)
