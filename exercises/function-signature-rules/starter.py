def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

def g(x, /, y, *, z):
    return x, y, z

def h(x, /, **kw):
    return x, kw

def attempt(call):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__)

attempt(lambda: f(1, c=3))
attempt(lambda: f(1, 5, 6, 7, c=3, e=8))
attempt(lambda: f(1, 2, 3))
attempt(lambda: f(1, a=1, c=3))
attempt(lambda: g(1, y=2, z=3))
attempt(lambda: g(x=1, y=2, z=3))
attempt(lambda: g(1, 2, 3))
attempt(lambda: h(1, x=2))
