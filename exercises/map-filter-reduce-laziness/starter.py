from functools import reduce

nums = [1, 2, 3, 4]
doubled = map(lambda n: n * 2, nums)
print(list(doubled))
print(list(doubled))

evens = filter(lambda n: n % 2 == 0, nums)
nums.append(6)
print(sum(evens), 4 in evens)

print(list(map(lambda a, b: a * b, [1, 2, 3], [10, 20])))
print(reduce(lambda acc, n: acc * n, [2, 3, 4]))
print(reduce(lambda acc, n: acc + [n], [1, 2], []))
try:
    reduce(lambda acc, n: acc + n, [])
except TypeError as e:
    print(type(e).__name__)
print(reduce(lambda acc, n: acc + n, [], 0))
