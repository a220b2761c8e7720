def single_number(nums: List[int]) -> int:
    # x ^ x == 0 and x ^ 0 == x, and XOR is associative and commutative: XOR-ing everything
    # cancels every pair and leaves the lone number (Python ints handle negatives the same way).
    result = 0
    for x in nums:
        result ^= x
    return result
