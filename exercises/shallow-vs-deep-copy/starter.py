import copy

grid = [[1, 2], [3, 4]]
alias = grid
shallow = grid.copy()
sliced = grid[:]
deep = copy.deepcopy(grid)

grid[0].append(99)
grid.append([5])
shallow[1] = ["x"]

print(alias)
print(shallow)
print(sliced)
print(deep)
print(shallow[0] is grid[0], deep[0] is grid[0])

config = {"name": "app", "tags": ["web"]}
clone = copy.copy(config)
clone["name"] = "clone"
clone["tags"].append("api")
print(config)
