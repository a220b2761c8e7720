# Decide the answer bit by bit from the top with sets of prefixes: the answer can have the
# next bit set iff two prefixes (the top bits of two numbers) XOR to that candidate.
def find_maximum_xor(nums: List[int]) -> int:
    best = 0
    mask = 0
    for b in range(30, -1, -1):
        mask |= 1 << b
        prefixes = {x & mask for x in nums}
        candidate = best | (1 << b)
        if any(candidate ^ p in prefixes for p in prefixes):
            best = candidate
    return best
