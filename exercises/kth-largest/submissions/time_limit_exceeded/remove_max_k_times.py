# Correct but O(n * k): removes the current maximum k - 1 times, then returns the maximum.
def find_kth_largest(nums: List[int], k: int) -> int:
    items = list(nums)
    for _ in range(k - 1):
        items.remove(max(items))
    return max(items)
