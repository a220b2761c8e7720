def merge_sort(nums: List[int]) -> List[int]:
    # Top-down: sort each half, then merge the two sorted halves. Depth is log2(n).
    if len(nums) <= 1:
        return list(nums)
    mid = len(nums) // 2
    left = merge_sort(nums[:mid])
    right = merge_sort(nums[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    # One side is used up; the rest of the other is already sorted.
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged
