class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("new", name)
        cls = super().__new__(mcls, name, bases, ns)
        print("created", name)
        return cls

    def __init__(cls, name, bases, ns):
        print("init", name)
        super().__init__(name, bases, ns)

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)

class Base(metaclass=Meta):
    print("body Base")

    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)

def deco(cls):
    print("deco", cls.__name__)
    return cls

@deco
class Child(Base):
    print("body Child")
    f = Field()
