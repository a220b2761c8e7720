# Bug: decides "left half sorted" with nums[lo] < nums[mid]; when lo == mid that is false, so a
# one-element left half is treated as unsorted and the search goes the wrong way.
def search_rotated(nums: List[int], targets: List[int]) -> List[int]:
    out = []
    for t in targets:
        lo, hi = 0, len(nums) - 1
        ans = -1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == t:
                ans = mid
                break
            if nums[lo] < nums[mid]:
                if nums[lo] <= t < nums[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            else:
                if nums[mid] < t <= nums[hi]:
                    lo = mid + 1
                else:
                    hi = mid - 1
        out.append(ans)
    return out
