a = [1]
b = a
a += [2]
print(a, b)
a = a + [3]
print(a, b)

x = 10
y = x
x += 1
print(x, y)

def grow(items, n):
    items += [n]
    n += 1

nums, k = [0], 5
grow(nums, k)
print(nums, k)

t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
