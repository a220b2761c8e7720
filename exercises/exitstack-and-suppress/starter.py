from contextlib import ExitStack, contextmanager, suppress

@contextmanager
def resource(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)

with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    a = stack.enter_context(resource("a"))
    stack.callback(print, "callback")
    b = stack.enter_context(resource("b"))
    print("body", a, b)
    1 / 0
    print("body done")
print("after stack")

try:
    with suppress(KeyError):
        print("inside")
        [][0]
    print("after suppress")
except IndexError as e:
    print("escaped", type(e).__name__)
