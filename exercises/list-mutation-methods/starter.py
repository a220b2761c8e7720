a = [1, 2]
b = a
a += [3]
a = a + [4]
print(a, b)

c = [1, 2]
c.append([3, 4])
c.extend("ab")
c.insert(100, "z")
print(c, len(c))

d = [3, 1, 2, 1]
d.remove(1)
print(d.pop(), d)
d = d.sort()
print(d)

nums = [1, 2, 2, 3, 4]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
