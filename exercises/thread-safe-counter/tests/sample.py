import threading
import time

from grind_testing import expect, expect_raises, run_threads, switch_interval

from solution import BankAccount, transfer


class Ledger:
    """The balance store given to an account. read() and write() are separate steps, and each
    one yields to the other threads, as a round trip to a database would.

    With `handshake=True`, the FIRST read waits (0.15 s at most) for a second thread to read
    too, holding on to the value it read: an account that does not hold a lock from its read to
    its write lets that second reader in at once (it only has to start and call read()), and an
    update is lost; with a lock the second thread waits outside and the first read just times
    out."""

    def __init__(self, balance=0, handshake=False):
        self.balance = balance
        self.writes = 0
        self._handshake = handshake
        self._meta = threading.Lock()
        self._reads = 0
        self._second_reader = threading.Event()

    def read(self):
        value = self.balance
        if self._handshake:
            with self._meta:
                self._reads += 1
                n = self._reads
            if n == 1:
                self._second_reader.wait(0.15)
            elif n == 2:
                self._second_reader.set()
        time.sleep(0)
        return value

    def write(self, amount):
        time.sleep(0)
        with self._meta:
            self.writes += 1
        self.balance = amount


def test_deposit_withdraw_and_balance():
    ledger = Ledger(100)
    account = BankAccount(ledger)
    expect(account.balance(), 100, "balance of a ledger that starts at 100")
    account.deposit(50)
    account.withdraw(30)
    expect(account.balance(), 120, "balance after +50 and -30")
    expect(ledger.balance, 120, "what the ledger holds")


def test_overdraw_raises_and_writes_nothing():
    ledger = Ledger(120)
    account = BankAccount(ledger)
    expect_raises(ValueError, account.withdraw, 500)
    expect(ledger.balance, 120, "ledger after the refused withdrawal")
    expect(ledger.writes, 0, "writes made by the refused withdrawal")


def test_concurrent_deposits_lose_nothing():
    ledger = Ledger(0, handshake=True)
    account = BankAccount(ledger)

    def worker():
        for _ in range(50):
            account.deposit(1)

    with switch_interval():
        run_threads(worker, 8)
    expect(ledger.balance, 400, "balance after 8 threads made 50 deposits of 1")
