# The trie with nested dicts, built first and queried afterwards: a number may meet itself in
# the trie, which only ever gives 0, so that is harmless.
def find_maximum_xor(nums: List[int]) -> int:
    root = {}
    for x in nums:
        node = root
        for b in range(30, -1, -1):
            node = node.setdefault((x >> b) & 1, {})
    best = 0
    for x in nums:
        node = root
        value = 0
        for b in range(30, -1, -1):
            want = 1 - ((x >> b) & 1)
            if want in node:
                value |= 1 << b
                node = node[want]
            else:
                node = node[1 - want]
        if value > best:
            best = value
    return best
