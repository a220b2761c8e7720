def check(n):
    try:
        print("try", n)
        if n == 0:
            raise ValueError
        if n == 1:
            return "early"
    except ValueError:
        return "handled"
    else:
        print("else")
        return "normal"
    finally:
        print("finally")

for n in (0, 1, 2):
    print(check(n))

def swallow():
    try:
        raise KeyError("k")
    finally:
        return "no error"

print(swallow())

try:
    {}["k"]
except LookupError:
    print("LookupError")
except KeyError:
    print("KeyError")
