"""Write `BankAccount` and `transfer` here. The tests import them with
`from solution import BankAccount, transfer`."""


class BankAccount:
    def __init__(self, ledger):
        """`ledger.read()` returns the balance; `ledger.write(amount)` stores a new balance."""
        self.ledger = ledger

    def balance(self):
        return self.ledger.read()

    def deposit(self, amount):
        """Add `amount` (> 0). Safe to call from many threads at once."""
        self.ledger.write(self.ledger.read() + amount)

    def withdraw(self, amount):
        """Subtract `amount` (> 0); ValueError if the balance is smaller."""
        raise NotImplementedError


def transfer(source, target, amount):
    """Move `amount` from `source` to `target` atomically, without deadlock."""
    raise NotImplementedError
