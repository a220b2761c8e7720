def total_n_queens(n: int) -> int:
    """Return the number of ways to place n queens on an n x n board so that no two attack
    each other."""
    pass
