class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __add__(self, other):
        print("add", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        print("radd", other)
        return Money(self.cents + other)
    def __lt__(self, other):
        print("lt", self, other)
        return self.cents < other

print(5 + Money(1))
print(sum([Money(1), Money(2)]))
print(7 > Money(3))
try:
    Money(1) + 5
except TypeError as e:
    print(type(e).__name__)
