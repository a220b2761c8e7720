# i & (i - 1) is i with its lowest set bit cleared: one bit fewer, and a smaller number.
def count_bits(n: int) -> List[int]:
    ones = [0] * (n + 1)
    for i in range(1, n + 1):
        ones[i] = ones[i & (i - 1)] + 1
    return ones
