# Bug: i >> 1 drops the lowest bit, but that bit is only a 1 when i is odd. Adding 1 every
# time counts 2 = 0b10 as having two ones.
def count_bits(n: int) -> List[int]:
    ones = [0] * (n + 1)
    for i in range(1, n + 1):
        ones[i] = ones[i >> 1] + 1
    return ones
