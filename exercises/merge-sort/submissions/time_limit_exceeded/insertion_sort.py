# Correct but O(n^2): insertion sort. On reverse-sorted input every element walks all the way
# to the front, about n^2 / 2 steps.
def merge_sort(nums: List[int]) -> List[int]:
    a = list(nums)
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a
