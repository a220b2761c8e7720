# Sort, then compare neighbours two at a time: the first pair that differs starts with the
# lone number. Bug: when the lone number is the largest it is the last element, no pair ever
# differs, and the function falls off the end (returns None).
def single_number(nums: List[int]) -> int:
    nums = sorted(nums)
    for i in range(0, len(nums) - 1, 2):
        if nums[i] != nums[i + 1]:
            return nums[i]
