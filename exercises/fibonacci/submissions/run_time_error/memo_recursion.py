# Memoization removes the repeated work, but the recursion still goes n calls deep: for large n
# it raises RecursionError (Python's default limit is about 1,000 frames).
from functools import lru_cache

MOD = 1_000_000_007


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    if n < 2:
        return n
    return (fib(n - 1) + fib(n - 2)) % MOD
