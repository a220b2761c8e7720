# Off by one: starts the sequence at 1, 1 (F(1), F(2)) and so returns F(n + 1).
MOD = 1_000_000_007


def fib(n: int) -> int:
    a, b = 1, 1
    for _ in range(n):
        a, b = b, (a + b) % MOD
    return a
