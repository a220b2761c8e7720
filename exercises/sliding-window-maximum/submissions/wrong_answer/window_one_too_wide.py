# Bug: expires the front index only when it is < i - k, so each window is k + 1 wide.
from collections import deque


def max_sliding_window(nums: List[int], k: int) -> List[int]:
    window = deque()
    out = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] < i - k:
            window.popleft()
        if i >= k - 1:
            out.append(nums[window[0]])
    return out
