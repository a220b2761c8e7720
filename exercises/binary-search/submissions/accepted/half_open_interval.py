class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # Half-open interval [lo, hi): loop while it is non-empty, hi = mid excludes mid.
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < target:
                lo = mid + 1
            elif nums[mid] > target:
                hi = mid
            else:
                return mid
        return -1
