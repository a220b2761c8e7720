import threading
import time

from grind_testing import expect, expect_raises, expect_true, run_threads, switch_interval

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


class BarrierLedger(Ledger):
    """Its first read waits at a barrier shared with another ledger (0.15 s at most), so that two
    transfers in opposite directions are both in progress at the same moment. With correct
    locking the second transfer waits for the first one's lock, and the barrier times out."""

    def __init__(self, balance, barrier):
        super().__init__(balance)
        self._barrier = barrier
        self._first = True

    def read(self):
        if self._first:
            self._first = False
            try:
                self._barrier.wait()
            except threading.BrokenBarrierError:
                pass
        return super().read()


class PausingLedger(Ledger):
    """Its first write (the debit of a transfer) tells the test (`debited`), waits until another
    thread is about to read the target's balance (`reading`), then gives that read 0.15 s to get
    through (`observed`). A transfer that holds the target's lock keeps the read out, and the
    wait times out."""

    def __init__(self, balance):
        super().__init__(balance)
        self.debited = threading.Event()
        self.reading = threading.Event()
        self.observed = threading.Event()

    def write(self, amount):
        super().write(amount)
        if not self.debited.is_set():
            self.debited.set()
            if self.reading.wait(2):
                self.observed.wait(0.15)


def test_amounts_must_be_positive():
    ledger, other = Ledger(100), Ledger(100)
    account = BankAccount(ledger)
    for amount in (0, -5):
        expect_raises(ValueError, account.deposit, amount)
        expect_raises(ValueError, account.withdraw, amount)
        expect_raises(ValueError, transfer, account, BankAccount(other), amount)
    expect((ledger.writes, other.writes), (0, 0), "writes made by refused calls")
    expect((ledger.balance, other.balance), (100, 100), "balances")


def test_withdraw_the_whole_balance():
    ledger = Ledger(75)
    account = BankAccount(ledger)
    account.withdraw(75)
    expect(ledger.balance, 0, "balance after withdrawing everything")
    expect_raises(ValueError, account.withdraw, 1)


def test_concurrent_withdrawals_never_overdraw():
    ledger = Ledger(100, handshake=True)
    account = BankAccount(ledger)
    outcomes = []

    def worker():
        for _ in range(25):
            try:
                account.withdraw(1)
                outcomes.append("ok")
            except ValueError:
                outcomes.append("refused")

    with switch_interval():
        run_threads(worker, 8)
    expect(outcomes.count("ok"), 100, "withdrawals of 1 that succeeded from a balance of 100")
    expect(ledger.balance, 0, "final balance")


def test_two_withdrawals_of_the_last_unit():
    ledger = Ledger(1, handshake=True)
    account = BankAccount(ledger)
    outcomes = []

    def worker():
        try:
            account.withdraw(1)
            outcomes.append("ok")
        except ValueError:
            outcomes.append("refused")

    run_threads(worker, 2)
    expect(sorted(outcomes), ["ok", "refused"], "outcomes of two withdrawals of 1 from a balance of 1")
    expect(ledger.balance, 0, "final balance")


def test_concurrent_mixed_operations():
    ledger = Ledger(1000, handshake=True)
    account = BankAccount(ledger)

    roles = ["deposit", "withdraw"] * 4
    lock = threading.Lock()

    def worker():
        with lock:
            role = roles.pop()
        for _ in range(40):
            if role == "deposit":
                account.deposit(3)
            else:
                account.withdraw(2)

    with switch_interval():
        run_threads(worker, 8)
    expect(ledger.balance, 1000 + 4 * 40 * 3 - 4 * 40 * 2, "balance after 4 depositing and 4 withdrawing threads")


def test_transfer_moves_money():
    a_ledger, b_ledger = Ledger(100), Ledger(5)
    a, b = BankAccount(a_ledger), BankAccount(b_ledger)
    transfer(a, b, 60)
    expect((a.balance(), b.balance()), (40, 65), "balances after transferring 60")
    transfer(b, a, 65)
    expect((a_ledger.balance, b_ledger.balance), (105, 0), "balances after transferring 65 back")


def test_refused_transfer_changes_nothing():
    a_ledger, b_ledger = Ledger(30), Ledger(0)
    a, b = BankAccount(a_ledger), BankAccount(b_ledger)
    expect_raises(ValueError, transfer, a, b, 31)
    expect_raises(ValueError, transfer, a, a, 10)
    expect((a_ledger.balance, b_ledger.balance), (30, 0), "balances")
    expect((a_ledger.writes, b_ledger.writes), (0, 0), "writes made by refused transfers")


def test_competing_transfers_from_one_account():
    source_ledger = Ledger(100, handshake=True)
    source = BankAccount(source_ledger)
    both = [BankAccount(Ledger(0)), BankAccount(Ledger(0))]
    targets = list(both)
    outcomes = []

    lock = threading.Lock()

    def worker():
        with lock:
            target = targets.pop()
        try:
            transfer(source, target, 100)
            outcomes.append("ok")
        except ValueError:
            outcomes.append("refused")

    with switch_interval():
        run_threads(worker, 2)
    expect(sorted(outcomes), ["ok", "refused"], "outcomes of two transfers of 100 out of 100")
    expect(source_ledger.balance + sum(t.balance() for t in both), 100, "money in the three accounts")


def test_a_transfer_is_one_step_for_other_threads():
    source_ledger, target_ledger = PausingLedger(100), Ledger(0)
    source, target = BankAccount(source_ledger), BankAccount(target_ledger)
    seen = {}

    def observer():
        if not source_ledger.debited.wait(2):
            return
        source_ledger.reading.set()
        seen["target"] = target.balance()  # while the transfer is under way
        source_ledger.observed.set()
        seen["source"] = source.balance()

    watcher = threading.Thread(target=observer, daemon=True)
    watcher.start()
    transfer(source, target, 100)
    watcher.join(2)
    expect_true(not watcher.is_alive(), "a thread reading the two balances was still blocked 2 s after the "
                "transfer returned")
    expect(source_ledger.debited.is_set(), True, "the transfer wrote the source's ledger")
    expect_true(seen.get("target", 0) + seen.get("source", 0) == 100,
                "another thread read the target's balance (%r) and then the source's (%r) during a transfer "
                "of 100 out of 100: the money was in neither account, so the transfer was not one step"
                % (seen.get("target"), seen.get("source")))
    expect((source_ledger.balance, target_ledger.balance), (0, 100), "balances after the transfer")


def test_opposite_transfers_do_not_deadlock():
    barrier = threading.Barrier(2, timeout=0.15)
    a = BankAccount(BarrierLedger(100, barrier))
    b = BankAccount(BarrierLedger(100, barrier))
    start = threading.Barrier(2, timeout=2)

    def transfer_when_both_run(source, target, amount):
        start.wait()  # both threads are running: the second reaches the BarrierLedger at once
        transfer(source, target, amount)

    one = threading.Thread(target=transfer_when_both_run, args=(a, b, 10), daemon=True)
    two = threading.Thread(target=transfer_when_both_run, args=(b, a, 30), daemon=True)
    one.start()
    two.start()
    # Each takes a few milliseconds once the barrier has timed out: 2 s means they wait for each
    # other forever (the blocked threads are left behind).
    deadline = time.monotonic() + 2
    for thread in (one, two):
        thread.join(max(0.0, deadline - time.monotonic()))
    expect_true(not one.is_alive() and not two.is_alive(),
                "a transfer from A to B and one from B to A, started together, had not finished after 2 s: "
                "deadlock? (each holds one account's lock and waits for the other's)")
    expect((a.balance(), b.balance()), (120, 80), "balances after both transfers")


def test_many_transfers_keep_the_total():
    accounts = [BankAccount(Ledger(1000)) for _ in range(3)]
    plans = [(0, 1, 7), (1, 0, 5), (1, 2, 3), (2, 1, 4), (2, 0, 6), (0, 2, 2)]
    lock = threading.Lock()
    which = []

    def worker():
        with lock:
            src, dst, amount = plans[len(which)]
            which.append(1)
        for _ in range(30):
            transfer(accounts[src], accounts[dst], amount)
            accounts[dst].deposit(1)

    errors = []

    def guarded():
        try:
            worker()
        except BaseException as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=guarded, daemon=True) for _ in plans]
    with switch_interval():
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 2
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
    stuck = sum(thread.is_alive() for thread in threads)
    expect_true(stuck == 0, "%d of %d threads transferring between three accounts (in both directions) had not "
                "finished after 2 s: deadlock?" % (stuck, len(threads)))
    if errors:
        raise errors[0]
    balances = [account.balance() for account in accounts]
    expect(sum(balances), 3000 + 30 * len(plans), "total money after the transfers and deposits")
    expect(balances, [1000 + 30 * (-7 + 5 + 6 - 2) + 30 * 2, 1000 + 30 * (7 - 5 - 3 + 4) + 30 * 2,
                      1000 + 30 * (3 - 4 - 6 + 2) + 30 * 2], "balances")
