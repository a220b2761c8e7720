def search_rotated(nums: List[int], targets: List[int]) -> List[int]:
    def find(t: int) -> int:
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == t:
                return mid
            if nums[lo] <= nums[mid]:  # nums[lo..mid] is sorted
                if nums[lo] <= t < nums[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            else:  # nums[mid..hi] is sorted
                if nums[mid] < t <= nums[hi]:
                    lo = mid + 1
                else:
                    hi = mid - 1
        return -1

    return [find(t) for t in targets]
