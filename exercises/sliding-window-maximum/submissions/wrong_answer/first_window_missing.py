# Bug: starts reporting once the window has slid (i >= k) instead of as soon as it is full
# (i >= k - 1), so the first window's maximum is missing.
from collections import deque


def max_sliding_window(nums: List[int], k: int) -> List[int]:
    window = deque()
    out = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k:
            out.append(nums[window[0]])
    return out
