class Account:
    def __init__(self, balance):
        self.balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative")
        self._balance = value

    owner = property(lambda self: "amy")

class Broken:
    def _set_size(self, value):
        self.size = value
    size = property(lambda self: 0, _set_size)

a = Account(10)
a.balance -= 3
print(a.balance, vars(a))
for action in (lambda: Account(-1), lambda: setattr(a, "owner", "bob"),
               lambda: setattr(Broken(), "size", 1)):
    try:
        action()
    except Exception as e:
        print(type(e).__name__)
