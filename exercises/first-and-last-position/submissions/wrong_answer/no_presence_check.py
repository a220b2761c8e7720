# Bug: only treats "lower bound past the end" as absent; a missing target that falls between two
# values gives a pair like [4, 3] instead of [-1, -1].
def search_range(nums: List[int], targets: List[int]) -> List[List[int]]:
    def bound(t, strict):
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < t or (strict and nums[mid] == t):
                lo = mid + 1
            else:
                hi = mid
        return lo

    out = []
    for t in targets:
        first, after = bound(t, False), bound(t, True)
        out.append([-1, -1] if first == len(nums) else [first, after - 1])
    return out
