# Correct but slow: iterates with exact big integers and reduces only at the end. F(10^6) has
# about 209,000 digits, so the last additions each touch hundreds of thousands of digits.
def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a % 1_000_000_007
