# Plain backtracking that checks a square against every queen already placed (O(n) per
# check instead of O(1)): slower than keeping sets, but well within the limit for n <= 11.
def total_n_queens(n: int) -> int:
    queens = []  # queens[r] = column of the queen in row r

    def safe(col: int) -> bool:
        row = len(queens)
        for r, c in enumerate(queens):
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def place() -> int:
        if len(queens) == n:
            return 1
        count = 0
        for col in range(n):
            if safe(col):
                queens.append(col)
                count += place()
                queens.pop()
        return count

    return place()
