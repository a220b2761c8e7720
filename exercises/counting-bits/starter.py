def count_bits(n: int) -> List[int]:
    """Return a list of n + 1 ints: entry i is the number of 1 bits in the binary form of i."""
    pass
