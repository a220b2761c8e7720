import functools

def plain(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper

def wrapped(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper

@plain
def add(a, b):
    """Add two numbers."""
    return a + b

@wrapped
def mul(a, b):
    """Multiply two numbers."""
    return a * b

print(add.__name__, add.__qualname__, add.__doc__, add(2, 3))
print(mul.__name__, mul.__qualname__, mul.__doc__, mul(2, 3))
print(hasattr(add, "__wrapped__"), mul.__wrapped__(4, 5), mul.__wrapped__ is mul)
