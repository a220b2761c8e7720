class OnlyRepr:
    def __repr__(self):
        return "R()"

class OnlyStr:
    def __str__(self):
        return "S"

class Both:
    def __str__(self):
        return "str"
    def __repr__(self):
        return "repr"

r, s, b = OnlyRepr(), OnlyStr(), Both()
print(r, str(r), [r])
print(s, repr(s) == "S")
print(b, [b], (b,))
print(f"{b} {b!r}", "%s %r" % (b, b))
print({"key": b})
print("hi", repr("hi"), ["hi"])
