# Idea: ones[i] = 1 + ones[i - p], p the largest power of two <= i. Bug: p moves to the next
# power only once i is PAST 2p, so at i = 2p the old p is used (ones[4] = 1 + ones[2] = 2).
def count_bits(n: int) -> List[int]:
    ones = [0] * (n + 1)
    p = 1
    for i in range(1, n + 1):
        if i > 2 * p:
            p *= 2
        ones[i] = 1 + ones[i - p]
    return ones
