class Solution:
    def majority_element(self, nums: List[int]) -> int:
        # More than half the positions hold the majority value, so the middle of the sorted
        # list always does. O(n log n).
        return sorted(nums)[len(nums) // 2]
