class Config:
    _instance = None

    def __new__(cls, name):
        print("new", name)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, name):
        print("init", name)
        self.name = name

a = Config("first")
b = Config("second")
print(a is b, a.name)

class Odd:
    def __new__(cls):
        print("Odd.__new__")
        return 42

    def __init__(self):
        print("Odd.__init__")

o = Odd()
print(o, type(o).__name__)
