grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)

safe = [[0] * 3 for _ in range(3)]
safe[0][0] = 1
print(safe)

row = [0] * 3
row[0] = 1
print(row)

buckets = [[]] * 2
buckets[0].append("x")
buckets[1] = ["y"]
print(buckets)

groups = dict.fromkeys(["a", "b"], [])
groups["a"].append(1)
print(groups)
