class Shape:
    sides = 0
    made = 0

    def __init__(self, label):
        self.label = label

    @classmethod
    def create(cls, label):
        cls.made += 1
        return cls(label)

    @staticmethod
    def create_plain(label):
        return Shape(label)

    @classmethod
    def describe(cls):
        return cls.__name__ + " with " + str(cls.sides) + " sides"

class Square(Shape):
    sides = 4

a = Square.create("a")
b = Square.create_plain("b")
c = a.create("c")
print(type(a).__name__, type(b).__name__, type(c).__name__)
print(a.describe(), "/", b.describe())
print(Shape.made, Square.made)
