# Counts each of the 32 bits modulo 2 and rebuilds the number, but forgets that bit 31 is the
# sign bit of a 32-bit integer: a negative answer comes back as a large positive one
# (-1 becomes 4294967295).
def single_number(nums: List[int]) -> int:
    result = 0
    for bit in range(32):
        ones = sum((x >> bit) & 1 for x in nums)
        if ones % 2:
            result |= 1 << bit
    return result
