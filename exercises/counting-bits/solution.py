def count_bits(n: int) -> List[int]:
    # i >> 1 drops the lowest bit of i, and is smaller than i, so its count is already known.
    ones = [0] * (n + 1)
    for i in range(1, n + 1):
        ones[i] = ones[i >> 1] + (i & 1)
    return ones
