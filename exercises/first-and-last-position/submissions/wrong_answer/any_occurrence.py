# Bug: a single binary search that stops at the first copy it meets and reports it as both the
# first and the last position.
def search_range(nums: List[int], targets: List[int]) -> List[List[int]]:
    out = []
    for t in targets:
        lo, hi = 0, len(nums) - 1
        found = [-1, -1]
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == t:
                found = [mid, mid]
                break
            if nums[mid] < t:
                lo = mid + 1
            else:
                hi = mid - 1
        out.append(found)
    return out
