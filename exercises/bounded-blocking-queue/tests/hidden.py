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
import time

from grind_testing import expect_raises, switch_interval


def wait_for_first(workers, what):
    """Wait (2 s at most) until at least one of `workers` is done; return the ones done."""
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        done = [w for w in workers if w.done.is_set()]
        if done:
            return done
        time.sleep(0.005)
    raise AssertionError("%s: none completed" % what)


def test_get_blocks_while_empty():
    q = BoundedBlockingQueue(2)
    consumer = Worker(q.get)
    still_blocked(consumer, "get on an empty queue")
    q.put("x")
    completes(consumer, "the get after a put")
    expect(consumer.result, "x", "item the blocked get returned")
    expect(q.size(), 0, "size afterwards")


def test_capacity_must_be_positive():
    expect_raises(ValueError, BoundedBlockingQueue, 0)
    expect_raises(ValueError, BoundedBlockingQueue, -3)
    q = BoundedBlockingQueue(1)
    q.put("only")
    expect(q.size(), 1, "size of a full queue of capacity 1")


def test_falsy_items_are_items():
    q = BoundedBlockingQueue(4)
    for item in (None, 0, "", False):
        q.put(item)
    got = [q.get() for _ in range(4)]
    expect(got, [None, 0, "", False], "items")
    consumer = Worker(q.get)
    still_blocked(consumer, "get on a queue whose items were all taken")
    q.put(None)
    completes(consumer, "get after putting None")
    expect(consumer.result, None, "the item")


def test_queues_are_independent():
    first, second = BoundedBlockingQueue(2), BoundedBlockingQueue(2)
    first.put("one")
    expect(second.size(), 0, "size of the other queue")
    second.put("two")
    second.put("three")
    expect((first.get(), first.size(), second.size()), ("one", 0, 2), "after using both queues")


def test_one_free_slot_lets_one_producer_in():
    q = BoundedBlockingQueue(1)
    q.put("first")
    producers = [Worker(q.put, "p%d" % i) for i in range(3)]
    for p in producers:
        still_blocked(p, "put on a full queue")
    expect(q.get(), "first", "the item that filled the queue")
    wait_for_first(producers, "blocked producers after a get made room")
    time.sleep(0.2)  # time for other producers to (wrongly) slip in as well
    expect(sum(p.done.is_set() for p in producers), 1, "producers done after one get, a moment later")
    expect(q.size(), 1, "size of a queue of capacity 1")
    got = [q.get(), q.get(), q.get()]
    for p in producers:
        completes(p, "a producer")
    expect(sorted(got), ["p0", "p1", "p2"], "items of the three producers")


def test_one_item_wakes_one_consumer():
    q = BoundedBlockingQueue(3)
    consumers = [Worker(q.get) for _ in range(3)]
    for c in consumers:
        still_blocked(c, "get on an empty queue")
    q.put("only")
    wait_for_first(consumers, "blocked consumers after a put")
    time.sleep(0.2)
    finished = [c for c in consumers if c.done.is_set()]
    errors = [repr(c.error) for c in finished if c.error is not None]
    expect(errors, [], "errors raised by consumers")
    expect(len(finished), 1, "consumers done after one put, a moment later")
    expect(finished[0].result, "only", "the item")
    q.put("two")
    q.put("three")
    for c in consumers:
        completes(c, "a consumer")
    expect(sorted(c.result for c in consumers), ["only", "three", "two"], "items received")


def test_two_gets_in_a_row_wake_two_producers():
    # Both gets run before any woken producer does: each of them must wake a producer.
    q = BoundedBlockingQueue(2)
    q.put("a")
    q.put("b")
    producers = [Worker(q.put, "p%d" % i) for i in range(2)]
    for p in producers:
        still_blocked(p, "put on a full queue")
    with switch_interval(1.0):  # the main thread runs on until it blocks
        got = [q.get(), q.get()]
    expect(got, ["a", "b"], "items taken from the full queue")
    for p in producers:
        completes(p, "a producer blocked on a queue that two gets emptied")
    expect(sorted([q.get(), q.get()]), ["p0", "p1"], "items of the two producers")


def test_two_puts_in_a_row_wake_two_consumers():
    # Both puts run before any woken consumer does: each of them must wake a consumer.
    q = BoundedBlockingQueue(2)
    consumers = [Worker(q.get) for _ in range(2)]
    for c in consumers:
        still_blocked(c, "get on an empty queue")
    with switch_interval(1.0):
        q.put("x")
        q.put("y")
    for c in consumers:
        completes(c, "a consumer blocked on a queue that two puts filled")
    expect(sorted(c.result for c in consumers), ["x", "y"], "items received")


def test_producer_and_consumers_waiting_together():
    # Two consumers wait on an empty queue of capacity 1. The main thread puts two items: the
    # second put has to wait until a consumer took the first. Every call must complete.
    q = BoundedBlockingQueue(1)
    consumers = [Worker(q.get) for _ in range(2)]
    for c in consumers:
        still_blocked(c, "get on an empty queue")
    with switch_interval(1.0):  # the main thread runs on until it blocks
        q.put("x")
        q.put("y")
    for c in consumers:
        completes(c, "a consumer")
    expect(sorted(c.result for c in consumers), ["x", "y"], "items received")


def test_many_producers_fifo_exactly_once_within_capacity():
    capacity, producers, consumers, per_producer = 3, 4, 4, 150
    q = BoundedBlockingQueue(capacity)
    sizes = []
    received = [[] for _ in range(consumers)]

    def produce(pid):
        for seq in range(per_producer):
            q.put((pid, seq))
            sizes.append(q.size())

    def consume(cid):
        for _ in range(producers * per_producer // consumers):
            received[cid].append(q.get())
            sizes.append(q.size())

    with switch_interval():
        workers = [Worker(produce, p) for p in range(producers)] + [Worker(consume, c) for c in range(consumers)]
        for w in workers:
            completes(w, "a producer or consumer")
    everything = sorted(item for items in received for item in items)
    expect(len(everything), producers * per_producer, "items received")
    expect(everything == sorted((p, s) for p in range(producers) for s in range(per_producer)), True,
           "every item received exactly once")
    for cid, items in enumerate(received):
        for pid in range(producers):
            seqs = [s for p, s in items if p == pid]
            expect_true(seqs == sorted(seqs),
                        "consumer %d got producer %d's items out of order: %s" % (cid, pid, seqs[:20]))
    expect(max(sizes) <= capacity, True, "largest size seen (%d) within capacity %d" % (max(sizes), capacity))


def test_blocked_threads_do_not_spin():
    q = BoundedBlockingQueue(4)
    consumers = [Worker(q.get) for _ in range(4)]
    start = time.process_time()
    for c in consumers:
        still_blocked(c, "get on an empty queue")
    used = time.process_time() - start
    expect_true(used < 0.3, "%.2f s of CPU burnt while 4 threads waited for 0.8 s" % used)
    for i in range(4):
        q.put(i)
    for c in consumers:
        completes(c, "a consumer")
