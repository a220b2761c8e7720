# Off by one in the bit range: the trie only uses bits 29..0, so bit 30 (values >= 2^30) is
# ignored and never appears in the answer.
def find_maximum_xor(nums: List[int]) -> int:
    root = [None, None]
    best = 0
    for k, x in enumerate(nums):
        if k:
            node = root
            value = 0
            for b in range(29, -1, -1):
                bit = (x >> b) & 1
                if node[bit ^ 1] is not None:
                    value |= 1 << b
                    node = node[bit ^ 1]
                else:
                    node = node[bit]
            best = max(best, value)
        node = root
        for b in range(29, -1, -1):
            bit = (x >> b) & 1
            if node[bit] is None:
                node[bit] = [None, None]
            node = node[bit]
    return best
