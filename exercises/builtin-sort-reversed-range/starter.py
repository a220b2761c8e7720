scores = {"bob": 3, "amy": 3, "cal": 1}
print(sorted(scores))
print(sorted(scores, key=scores.get))
print(sorted(scores, key=scores.get, reverse=True))

r = reversed([1, 2, 3])
print(list(r), list(r))

nums = range(0, 10, 3)
print(len(nums), nums[-1], 6 in nums, 7 in nums)
print(nums[1:3], list(range(5, 0)))
