t = ([1], 2)
try:
    t[0] += [3]
except TypeError as e:
    print(type(e).__name__)
print(t)

one = (1)
single = 1,
print(type(one).__name__, type(single).__name__, len(single))

first, *rest = "abc"
*init, last = [7]
print(first, rest, init, last)

a, b = 1, 2
a, b = b, a + b
print(a, b)
