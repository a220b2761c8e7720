# O(n log n): sort and index. Accepted; an interviewer will then ask for something better.
def find_kth_largest(nums: List[int], k: int) -> int:
    return sorted(nums)[-k]
