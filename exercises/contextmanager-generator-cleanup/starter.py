from contextlib import contextmanager

@contextmanager
def naive(name):
    print("open", name)
    yield name
    print("close", name)

@contextmanager
def guarded(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)

@contextmanager
def swallowing(name):
    try:
        yield name
    except ValueError:
        print("swallowed in", name)

for cm in (naive, guarded):
    try:
        with cm(cm.__name__):
            raise ValueError
    except ValueError:
        print("caught outside")

with swallowing("s"):
    raise ValueError
print("after s")
