x = "global"

class Config:
    x = "class"
    names = ["a", "b"]
    pairs = [(n, x) for n in names]
    try:
        grid = [a + b for a in names for b in names]
    except NameError as e:
        grid = type(e).__name__

    def show(self):
        try:
            return names
        except NameError as e:
            return type(e).__name__

print(Config.pairs)
print(Config.grid)
print(Config().show())

i = "outer"
squares = [i * i for i in range(4)]
print(i, squares)
