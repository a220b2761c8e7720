BITS = 31  # every value is below 2^31


def find_maximum_xor(nums: List[int]) -> int:
    # A binary trie of the numbers seen so far, most significant bit first; a node is a
    # two-item list [child for bit 0, child for bit 1].
    root = [None, None]

    def insert(x: int) -> None:
        node = root
        for b in range(BITS - 1, -1, -1):
            bit = (x >> b) & 1
            if node[bit] is None:
                node[bit] = [None, None]
            node = node[bit]

    def best_partner(x: int) -> int:
        # Greedy from the top bit: a 1 in a higher bit beats any combination of lower bits,
        # so take the opposite branch whenever the trie has one.
        node = root
        value = 0
        for b in range(BITS - 1, -1, -1):
            bit = (x >> b) & 1
            if node[bit ^ 1] is not None:
                value |= 1 << b
                node = node[bit ^ 1]
            else:
                node = node[bit]
        return value

    insert(nums[0])
    best = 0
    for x in nums[1:]:
        best = max(best, best_partner(x))  # pairs x with every earlier number
        insert(x)
    return best
