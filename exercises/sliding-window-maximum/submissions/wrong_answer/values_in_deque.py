# Bug: keeps VALUES in the deque, pops equal values from the back, and removes the front when
# it equals the value leaving the window. With duplicates the front may be a later copy of that
# value, which is still inside the window.
from collections import deque


def max_sliding_window(nums: List[int], k: int) -> List[int]:
    window = deque()
    out = []
    for i, x in enumerate(nums):
        if i >= k and window and window[0] == nums[i - k]:
            window.popleft()
        while window and window[-1] <= x:
            window.pop()
        window.append(x)
        if i >= k - 1:
            out.append(window[0])
    return out
