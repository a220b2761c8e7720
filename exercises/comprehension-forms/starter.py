nums = [1, 2, 3, 4, 5]
print([n for n in nums if n % 2])
print([n if n % 2 else 0 for n in nums])
print([a + b for a in "xy" for b in "12"])
print([[a + b for a in "xy"] for b in "12"])
print({n % 3: n for n in nums})
