d = {"a": 1, "b": 2}
keys = d.keys()
items = d.items()
frozen = list(d.items())

d["c"] = 3
del d["a"]
d["b"] = 20
print(list(keys), len(items))
print(("b", 20) in items, ("b", 20) in frozen)
print(sorted(keys - {"c"}), keys == {"b", "c"})

try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, list(d))

for k in d:
    d[k] = k * 2
print(d)
