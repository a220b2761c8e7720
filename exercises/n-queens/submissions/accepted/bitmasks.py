# The same backtracking with the attacked columns and diagonals as bitmasks: the free squares
# of the next row are ~(cols | left | right), and shifting the diagonal masks by one moves
# them down a row.
def total_n_queens(n: int) -> int:
    full = (1 << n) - 1

    def place(cols: int, left: int, right: int) -> int:
        if cols == full:
            return 1
        count = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            count += place(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return count

    return place(0, 0, 0)
