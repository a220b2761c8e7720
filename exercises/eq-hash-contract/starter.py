class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

try:
    {Key(1): "a"}
except TypeError as e:
    print(type(e).__name__, Key.__hash__)

class HKey(Key):
    def __hash__(self):
        return hash(self.v)

k = HKey(1)
d = {k: "one"}
k.v = 2
print(k in d, HKey(1) in d, HKey(2) in d, len(d))
print(list(d.values()), [key.v for key in d])
