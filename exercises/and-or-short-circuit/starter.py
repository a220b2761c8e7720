def f(tag, value):
    print("call", tag)
    return value


print(0 or "" or [] or "last")
print(1 and "yes" and 0 and "never")
print(f("a", 0) and f("b", 1))
print(f("c", [1]) or f("d", 2))
print(not [], not [0], [] or {}, None and 1 / 0)
print(1 or 2 and 0, (1 or 2) and 0)
