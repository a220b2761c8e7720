# O(n log n) with a Fenwick tree of prefix maxima over the compressed values: the best length
# ending at x is 1 + the best length ending at any smaller value seen before.
def length_of_lis(nums: List[int]) -> int:
    rank = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
    size = len(rank)
    tree = [0] * (size + 1)
    best = 0
    for x in nums:
        r = rank[x] - 1  # strictly smaller values have ranks 1..r
        length = 0
        while r > 0:
            if tree[r] > length:
                length = tree[r]
            r -= r & -r
        length += 1
        if length > best:
            best = length
        r = rank[x]
        while r <= size:
            if tree[r] < length:
                tree[r] = length
            r += r & -r
    return best
