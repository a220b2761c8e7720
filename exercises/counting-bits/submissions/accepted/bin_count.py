# O(n log n) but simple: count the '1' characters of each binary representation.
def count_bits(n: int) -> List[int]:
    return [bin(i).count("1") for i in range(n + 1)]
