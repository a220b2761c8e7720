MOD = 1_000_000_007


def fib(n: int) -> int:
    # Bottom-up: (a, b) = (F(k), F(k + 1)), reduced modulo MOD at every step.
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % MOD
    return a
