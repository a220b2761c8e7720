nums = [1, 8, 15]
g = (n for n in nums if nums.count(n) > 0)
nums = [2, 8, 22]
print(list(g))

xs, ys = [1, 2], [10, 20]
sums = (x + y for x in xs for y in ys)
xs = [100]
print(next(sums))
ys = [5]
print(list(sums))
