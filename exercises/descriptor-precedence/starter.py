class Soft:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return self.name + " from descriptor"

class Hard(Soft):
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class Thing:
    soft = Soft()
    hard = Hard()
    def greet(self):
        return "method"

t = Thing()
t.soft = "soft assigned"
t.hard = "hard assigned"
t.greet = lambda: "patched"
print(t.soft)
print(t.hard)
print(t.__dict__["hard"])
print(t.greet(), Thing().greet())
del t.soft
print(t.soft)
