import threading
import time

from grind_testing import expect, expect_raises, expect_true, switch_interval

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
    still_blocked(producers, "put on a full queue")
    expect(q.get(), "first", "the item that filled the queue")
    wait_for_first(producers, "blocked producers after a get made room")
    time.sleep(0.15)  # time for other producers to (wrongly) slip in as well
    expect(sum(p.done.is_set() for p in producers), 1, "producers done after one get, a moment later")
    expect(q.size(), 1, "size of a queue of capacity 1")
    consumer = Worker(lambda: [q.get(), q.get(), q.get()])
    completes([consumer] + producers, "three gets and the three producers they make room for")
    expect(sorted(consumer.result), ["p0", "p1", "p2"], "items of the three producers")


def test_one_item_wakes_one_consumer():
    q = BoundedBlockingQueue(3)
    consumers = [Worker(q.get) for _ in range(3)]
    still_blocked(consumers, "get on an empty queue")
    q.put("only")
    wait_for_first(consumers, "blocked consumers after a put")
    time.sleep(0.15)  # time for other consumers to (wrongly) return as well
    finished = [c for c in consumers if c.done.is_set()]
    errors = [repr(c.error) for c in finished if c.error is not None]
    expect(errors, [], "errors raised by consumers")
    expect(len(finished), 1, "consumers done after one put, a moment later")
    expect(finished[0].result, "only", "the item")
    q.put("two")
    q.put("three")
    completes(consumers, "a consumer")
    expect(sorted(c.result for c in consumers), ["only", "three", "two"], "items received")


def test_two_gets_in_a_row_wake_two_producers():
    # Both gets run before any woken producer does: each of them must wake a producer.
    q = BoundedBlockingQueue(2)
    q.put("a")
    q.put("b")
    producers = [Worker(q.put, "p%d" % i) for i in range(2)]
    still_blocked(producers, "put on a full queue")
    with switch_interval(1.0):  # the main thread runs on until it blocks
        got = [q.get(), q.get()]
    expect(got, ["a", "b"], "items taken from the full queue")
    completes(producers, "a producer blocked on a queue that two gets emptied")
    expect(sorted([q.get(), q.get()]), ["p0", "p1"], "items of the two producers")


def test_two_puts_in_a_row_wake_two_consumers():
    # Both puts run before any woken consumer does: each of them must wake a consumer.
    q = BoundedBlockingQueue(2)
    consumers = [Worker(q.get) for _ in range(2)]
    still_blocked(consumers, "get on an empty queue")
    with switch_interval(1.0):
        q.put("x")
        q.put("y")
    completes(consumers, "a consumer blocked on a queue that two puts filled")
    expect(sorted(c.result for c in consumers), ["x", "y"], "items received")


def test_producer_and_consumers_waiting_together():
    # Two consumers wait on an empty queue of capacity 1. A producer puts two items: the second
    # put has to wait until a consumer took the first. Every call must complete.
    q = BoundedBlockingQueue(1)
    consumers = [Worker(q.get) for _ in range(2)]
    still_blocked(consumers, "get on an empty queue")
    with switch_interval(1.0):  # the producer runs on until it blocks
        producer = Worker(lambda: (q.put("x"), q.put("y")))
        completes([producer] + consumers, "a put of two items into a queue of capacity 1, or a consumer")
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
        completes(workers, "a producer or consumer", seconds=2)
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
    start, cpu_start = time.monotonic(), time.process_time()
    still_blocked(consumers, "get on an empty queue", seconds=0.5)
    used, waited = time.process_time() - cpu_start, time.monotonic() - start
    # Four threads that spin keep at least one core busy all along: 0.5 s or more.
    expect_true(used < 0.2, "%.2f s of CPU burnt while 4 threads waited for %.2f s" % (used, waited))
    for i in range(4):
        q.put(i)
    completes(consumers, "a consumer")
