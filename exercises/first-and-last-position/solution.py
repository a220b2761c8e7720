def search_range(nums: List[int], targets: List[int]) -> List[List[int]]:
    def first_at_least(t: int, strict: bool) -> int:
        """Index of the first value >= t (or > t when strict); len(nums) if there is none."""
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < t or (strict and nums[mid] == t):
                lo = mid + 1
            else:
                hi = mid
        return lo

    answers = []
    for t in targets:
        first = first_at_least(t, False)
        if first == len(nums) or nums[first] != t:
            answers.append([-1, -1])
        else:
            answers.append([first, first_at_least(t, True) - 1])
    return answers
