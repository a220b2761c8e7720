class Base:
    def hello(self):
        print("Base")
        return "B"

class Left(Base):
    def hello(self):
        print("Left in")
        tail = super().hello()
        print("Left out")
        return "L" + tail

class Right(Base):
    def hello(self):
        print("Right")
        return "R" + super().hello()

class Leaf(Left, Right):
    def hello(self):
        return "F" + super().hello()

print(Leaf().hello())
print([c.__name__ for c in Leaf.__mro__])
print(Left().hello())
print(super(Left, Leaf()).hello())
