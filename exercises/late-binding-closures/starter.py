funcs = [lambda: i * 10 for i in range(3)]
print([f() for f in funcs])

fixed = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fixed], fixed[1](5))

adders = []
for n in range(3):
    def add(x):
        return x + n
    adders.append(add)
n = 100
print([a(1) for a in adders])

lazy = (lambda: k for k in range(3))
print([g() for g in lazy])

def make():
    out = [lambda: j for j in "ab"]
    for j in "xyz":
        out.append(lambda: j)
    j = "done"
    return [f() for f in out]

print(make())
