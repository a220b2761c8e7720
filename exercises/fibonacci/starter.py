def fib(n: int) -> int:
    """Return F(n) modulo 1_000_000_007, where F(0) = 0, F(1) = 1."""
    pass
