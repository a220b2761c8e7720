# Correct, but after finding one copy by binary search it walks to both ends of the run:
# O(length of the run) per target, O(n) when all values are equal.
def search_range(nums: List[int], targets: List[int]) -> List[List[int]]:
    out = []
    for t in targets:
        lo, hi = 0, len(nums) - 1
        hit = -1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == t:
                hit = mid
                break
            if nums[mid] < t:
                lo = mid + 1
            else:
                hi = mid - 1
        if hit == -1:
            out.append([-1, -1])
            continue
        first = last = hit
        while first > 0 and nums[first - 1] == t:
            first -= 1
        while last < len(nums) - 1 and nums[last + 1] == t:
            last += 1
        out.append([first, last])
    return out
