# Bug: the base case only stops at the empty list. A one-element list splits into [] and the
# same one-element list again, forever: RecursionError.
def merge_sort(nums: List[int]) -> List[int]:
    if not nums:
        return []
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
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged
