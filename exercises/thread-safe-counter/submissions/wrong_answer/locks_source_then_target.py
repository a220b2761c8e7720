# Locks the source, then the target: a transfer A->B and one B->A started together each hold one
# lock and wait for the other forever. The tests give up on them after 2 s and report the
# deadlock as a wrong answer.
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
        with self.lock:
            current = self.ledger.read()
            if amount > current:
                raise ValueError("insufficient funds")
            self.ledger.write(current - amount)


def transfer(source, target, amount):
    if amount <= 0 or source is target:
        raise ValueError("bad transfer")
    with source.lock:  # A->B locks A first, B->A locks B first: they can wait for each other forever
        current = source.ledger.read()
        if amount > current:
            raise ValueError("insufficient funds")
        with target.lock:
            source.ledger.write(current - amount)
            target.ledger.write(target.ledger.read() + amount)
