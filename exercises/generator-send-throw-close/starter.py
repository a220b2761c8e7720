def running_total():
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError:
                total = 0
                continue
            total += x
    finally:
        print("cleanup", total)


g = running_total()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__)
print(next(g), g.send(5), g.send(2))
print(g.throw(ValueError), g.send(4))
g.close()
print(next(g, "done"))
