# Correct but O(n) per target, even though list.index scans in C.
def search_rotated(nums: List[int], targets: List[int]) -> List[int]:
    out = []
    for t in targets:
        try:
            out.append(nums.index(t))
        except ValueError:
            out.append(-1)
    return out
