# O(log n) fast doubling: F(2k) = F(k) * (2 F(k+1) - F(k)), F(2k+1) = F(k)^2 + F(k+1)^2.
MOD = 1_000_000_007


def fib(n: int) -> int:
    a, b = 0, 1  # F(0), F(1)
    for bit in bin(n)[2:]:
        # (a, b) = (F(k), F(k+1)) -> (F(2k), F(2k+1))
        a, b = a * ((2 * b - a) % MOD) % MOD, (a * a + b * b) % MOD
        if bit == "1":
            a, b = b, (a + b) % MOD
    return a
