# Greedy: walk left to right and take every number bigger than the last one taken. An early
# large number blocks everything after it: [9, 1, 2, 3] gives 1 instead of 3.
def length_of_lis(nums: List[int]) -> int:
    count = 0
    last = None
    for x in nums:
        if last is None or x > last:
            count += 1
            last = x
    return count
