import threading


class BankAccount:
    def __init__(self, ledger):
        self.ledger = ledger
        self.lock = threading.Lock()

    def balance(self):
        with self.lock:
            return self.ledger.read()

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        with self.lock:
            self.ledger.write(self.ledger.read() + amount)

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.ledger.read():  # checked outside the lock: the balance can change before the write
            raise ValueError("insufficient funds")
        with self.lock:
            self.ledger.write(self.ledger.read() - amount)


def transfer(source, target, amount):
    if amount <= 0 or source is target:
        raise ValueError("bad transfer")
    first, second = sorted((source, target), key=id)
    with first.lock, second.lock:
        current = source.ledger.read()
        if amount > current:
            raise ValueError("insufficient funds")
        source.ledger.write(current - amount)
        target.ledger.write(target.ledger.read() + amount)
