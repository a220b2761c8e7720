class P:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

class Q(P):
    pass

class R(P):
    __slots__ = ("y",)

p, q, r = P(1), Q(2), R(3)
try:
    p.z = 9
except AttributeError as e:
    print(type(e).__name__)
print(hasattr(p, "__dict__"), hasattr(q, "__dict__"), hasattr(r, "__dict__"))
q.z = 9
print(q.x, q.z, vars(q))
try:
    print(r.y)
except AttributeError as e:
    print(type(e).__name__)
