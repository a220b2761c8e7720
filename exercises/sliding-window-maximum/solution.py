from collections import deque


def max_sliding_window(nums: List[int], k: int) -> List[int]:
    window = deque()  # indices; their values strictly decrease from front to back
    out = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()  # never a maximum again: x is at least as big and stays longer
        window.append(i)
        if window[0] <= i - k:
            window.popleft()  # the front index has slid out of the window
        if i >= k - 1:
            out.append(nums[window[0]])
    return out
