class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print("exit", self.name, kind)
        return self.suppress

with CM("a") as x, CM("b", suppress=True) as y:
    print("body", x, y)
    raise ValueError("boom")
    print("unreachable")
print("after")

with CM("c"):
    with CM("d"):
        raise KeyError("k")
print("end")
