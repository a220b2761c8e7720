import threading


class BankAccount:
    def __init__(self, ledger):
        self.ledger = ledger

    def balance(self):
        return self.ledger.read()

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        with threading.Lock():  # a fresh lock each time: nobody else ever waits for it
            self.ledger.write(self.ledger.read() + amount)

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        with threading.Lock():
            current = self.ledger.read()
            if amount > current:
                raise ValueError("insufficient funds")
            self.ledger.write(current - amount)


def transfer(source, target, amount):
    if amount <= 0 or source is target:
        raise ValueError("bad transfer")
    with threading.Lock():
        source.withdraw(amount)
        target.deposit(amount)
