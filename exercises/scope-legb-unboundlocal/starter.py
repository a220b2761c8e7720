x = "global"

def outer():
    x = "enclosing"
    def inner():
        return x
    def change():
        nonlocal x
        x = "changed"
    print(inner())
    change()
    return inner()

def peek():
    print(x)
    if False:
        x = "never"

def shadow():
    len = lambda s: 0
    return len("abc")

print(outer(), x)
try:
    peek()
except NameError as e:
    print(type(e).__name__)
print(shadow(), len("abc"))
