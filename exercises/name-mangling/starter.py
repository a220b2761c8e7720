class Base:
    def __init__(self):
        self._x = 1
        self.__x = 2
        self.__x__ = 3

    def base_x(self):
        return self.__x

class Child(Base):
    def __init__(self):
        super().__init__()
        self.__x = 20

    def child_x(self):
        return self.__x

c = Child()
print(c._x, c.__x__, c._Base__x, c._Child__x)
print(c.base_x(), c.child_x())
print(sorted(vars(c)))
try:
    print(c.__x)
except AttributeError as e:
    print(type(e).__name__)
