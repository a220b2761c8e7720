import threading

from grind_testing import expect, expect_true

from solution import BoundedBlockingQueue


class Worker:
    """Runs `target(*args)` on a daemon thread; `done` is set when it returns or raises."""

    def __init__(self, target, *args):
        self.done = threading.Event()
        self.result = None
        self.error = None
        self.thread = threading.Thread(target=self._run, args=(target, args), daemon=True)
        self.thread.start()

    def _run(self, target, args):
        try:
            self.result = target(*args)
        except BaseException as e:  # reported by the test
            self.error = e
        finally:
            self.done.set()


def still_blocked(worker, what):
    """A call that should block: give it 0.2 s to (wrongly) return."""
    expect(worker.done.wait(0.2), False, "%s returned instead of blocking" % what)


def completes(worker, what):
    expect(worker.done.wait(2), True, "%s is still blocked" % what)
    if worker.error is not None:
        raise AssertionError("%s raised %r" % (what, worker.error))


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
    for w in workers:
        completes(w, "a producer or consumer")
    expect(sorted(received), list(range(200)), "items received")
