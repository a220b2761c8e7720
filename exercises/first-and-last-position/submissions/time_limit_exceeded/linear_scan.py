# Correct but O(n) per target: scan for the first and the last occurrence.
def search_range(nums: List[int], targets: List[int]) -> List[List[int]]:
    out = []
    for t in targets:
        first = last = -1
        for i, x in enumerate(nums):
            if x == t:
                if first == -1:
                    first = i
                last = i
            elif x > t:
                break
        out.append([first, last])
    return out
