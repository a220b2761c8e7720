a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b)
print(a - b, b - a, a ^ b)

print({1, 1.0, True}, len({0, 0.0, False, None}))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)

for key in ([1, 2], (1, 2), (1, [2]), frozenset({1, 2})):
    try:
        hash(key)
        print(type(key).__name__, "hashable")
    except TypeError:
        print(type(key).__name__, "unhashable")

pairs = {frozenset({1, 2}): "pair"}
print(pairs[frozenset({2, 1})])
