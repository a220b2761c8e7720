# Off by one: range(n) covers 0 .. n - 1, so the count for n itself is missing.
def count_bits(n: int) -> List[int]:
    return [bin(i).count("1") for i in range(n)]
