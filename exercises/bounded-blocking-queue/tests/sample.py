import threading
import time

from grind_testing import expect, expect_true

from solution import BoundedBlockingQueue


class Worker:
    """Runs `target(*args)` on a daemon thread; `started` is set just before the call, `done`
    when it returns or raises. A call that never returns leaves its thread behind."""

    def __init__(self, target, *args):
        self.started = threading.Event()
        self.done = threading.Event()
        self.result = None
        self.error = None
        self.thread = threading.Thread(target=self._run, args=(target, args), daemon=True)
        self.thread.start()

    def _run(self, target, args):
        self.started.set()
        try:
            self.result = target(*args)
        except BaseException as e:  # reported by the test
            self.error = e
        finally:
            self.done.set()


def still_blocked(workers, what, seconds=0.15):
    """Calls that should block (one worker or a list): once all of them are under way, give them
    `seconds` together to (wrongly) return; a call that does not block returns at once."""
    workers = workers if isinstance(workers, list) else [workers]
    for w in workers:
        expect(w.started.wait(2), True, "a test thread started within 2 s")
    deadline = time.monotonic() + seconds
    for w in workers:
        expect(w.done.wait(max(0.0, deadline - time.monotonic())), False, "%s returned instead of blocking" % what)


def completes(workers, what, seconds=1):
    """Calls that should return (one worker or a list): all of them within `seconds` together."""
    workers = workers if isinstance(workers, list) else [workers]
    deadline = time.monotonic() + seconds
    for w in workers:
        expect(w.done.wait(max(0.0, deadline - time.monotonic())), True,
               "%s is still blocked after %g s" % (what, seconds))
        if w.error is not None:
            raise AssertionError("%s raised %r" % (what, w.error))


def test_fifo_in_one_thread():
    q = BoundedBlockingQueue(3)
    for item in ("a", "b", "c"):
        q.put(item)
    expect(q.size(), 3, "size after three puts")
    expect([q.get(), q.get(), q.get()], ["a", "b", "c"], "items in order")
    expect(q.size(), 0, "size after three gets")


def test_put_blocks_while_full():
    q = BoundedBlockingQueue(2)
    q.put("a")
    q.put("b")
    producer = Worker(q.put, "c")
    still_blocked(producer, "put on a full queue")
    expect(q.get(), "a", "first item")
    completes(producer, "the put after a get made room")
    expect([q.get(), q.get()], ["b", "c"], "the remaining items")


def test_producers_and_consumers_deliver_every_item():
    q = BoundedBlockingQueue(2)
    received = []
    lock = threading.Lock()

    def produce(start):
        for i in range(start, start + 100):
            q.put(i)

    def consume():
        for _ in range(100):
            item = q.get()
            with lock:
                received.append(item)

    workers = [Worker(produce, 0), Worker(produce, 100), Worker(consume), Worker(consume)]
    completes(workers, "a producer or consumer")
    expect(sorted(received), list(range(200)), "items received")
