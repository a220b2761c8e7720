class Lazy:
    kind = "class"
    def __init__(self):
        self.size = 2
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("_"):
            raise AttributeError(name)
        return name.upper()

class Spy(Lazy):
    def __getattribute__(self, name):
        print("getattribute", name)
        return super().__getattribute__(name)

obj = Lazy()
print(obj.kind, obj.size, obj.color)
print(hasattr(obj, "_key"), getattr(obj, "_key", "default"))
spy = Spy()
print(spy.size)
print(spy.shape)
