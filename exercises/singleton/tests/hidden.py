import threading
import time

from grind_testing import expect, expect_raises, expect_true

from solution import singleton


def test_separate_classes_have_separate_instances():
    @singleton
    class Cache:
        def __init__(self):
            self.kind = "cache"

    @singleton
    class Pool:
        def __init__(self):
            self.kind = "pool"

    cache, pool = Cache(), Pool()
    expect(cache is pool, False, "a Cache instance is the Pool instance")
    expect((cache.kind, pool.kind), ("cache", "pool"), "kinds")
    expect((Cache() is cache, Pool() is pool), (True, True), "each class returns its own instance again")


def test_later_arguments_are_ignored():
    calls = []

    @singleton
    class Service:
        def __init__(self, *args, **kwargs):
            calls.append((args, kwargs))

    a = Service(1, mode="fast")
    b = Service()
    c = Service(2, 3, mode="slow", extra=True)
    expect(a is b and b is c, True, "all calls return the same instance")
    expect(calls, [((1,), {"mode": "fast"})], "__init__ calls")


def test_state_set_later_is_not_reset():
    @singleton
    class Counter:
        def __init__(self, start=0):
            self.value = start

    Counter(10).value += 5
    expect(Counter(99).value, 15, "value after a later call")
    expect(Counter().value, 15, "value after a call without arguments")


def test_type_methods_and_base_classes():
    class Base:
        def describe(self):
            return "base of " + type(self).__name__

    @singleton
    class Settings(Base):
        """Process-wide settings."""
        LEVELS = ("low", "high")

        def __init__(self):
            self.level = "low"

        def raise_level(self):
            self.level = "high"
            return self

        @classmethod
        def make(cls):
            return cls()

        @staticmethod
        def version():
            return 3

    s = Settings()
    expect(type(s) is Settings, True, "type(obj) is Settings")
    expect(isinstance(s, Base), True, "isinstance(obj, Base)")
    expect(Settings.__doc__, "Process-wide settings.", "__doc__")
    expect(Settings.LEVELS, ("low", "high"), "class attribute")
    expect(Settings.make() is s, True, "a classmethod that calls cls() returns the instance")
    expect(Settings.version(), 3, "static method")
    expect(s.raise_level() is s, True, "method returns self")
    expect(Settings().level, "high", "state after a method call")
    expect(s.describe(), "base of Settings", "inherited method")


def test_class_without_init():
    @singleton
    class Plain:
        pass

    p = Plain()
    p.note = "kept"
    expect(Plain().note, "kept", "attribute set on the instance")
    expect(isinstance(p, Plain), True, "isinstance(obj, Plain)")


def test_failed_construction_is_retried():
    attempts = []

    @singleton
    class Connection:
        def __init__(self, url):
            attempts.append(url)
            if len(attempts) == 1:
                raise ConnectionError("first attempt fails")
            self.url = url

    expect_raises(ConnectionError, Connection, "db://one")
    second = Connection("db://two")
    third = Connection("db://three")
    expect(attempts, ["db://one", "db://two"], "__init__ calls")
    expect(second is third, True, "same instance after the successful construction")
    expect(second.url, "db://two", "url of the instance")


def test_a_singleton_can_use_another_in_its_init():
    @singleton
    class Logger:
        def __init__(self):
            self.lines = []

    @singleton
    class Config:
        def __init__(self):
            self.logger = Logger()
            self.logger.lines.append("config loaded")

    got = []
    worker = threading.Thread(target=lambda: got.append(Config()), daemon=True)
    worker.start()
    worker.join(2)  # it takes milliseconds; a thread still blocked after 2 s waits forever
    expect_true(not worker.is_alive(), "Config() had not returned after 2 s: its __init__ calls Logger(), and "
                "that call waits for something Config() holds (one lock for every class?): deadlock")
    expect(len(got), 1, "Config() calls that returned (its __init__ calls Logger())")
    expect(got[0].logger is Logger(), True, "the Config's logger is the Logger instance")
    expect(Logger().lines, ["config loaded"], "lines logged")


def test_a_failed_construction_leaves_nothing_behind():
    seen = []

    @singleton
    class Pool:
        def __init__(self, size):
            seen.append(self)
            self.size = size
            if size < 1:
                self.broken = True
                raise ValueError("size must be positive")

    expect_raises(ValueError, Pool, 0)
    pool = Pool(4)
    expect(len(seen), 2, "__init__ calls")
    expect(seen[1] is seen[0], False, "the retry built a new object instead of reusing the failed one")
    expect(pool is seen[1], True, "the instance is the one the successful __init__ built")
    expect(hasattr(pool, "broken"), False, "the instance has an attribute set by the failed __init__")
    expect(Pool(9).size, 4, "size after a later call")


def test_concurrent_first_calls_create_one_instance():
    inits = []
    first_inside = threading.Event()
    second_inside = threading.Event()

    @singleton
    class Slow:
        def __init__(self):
            inits.append(threading.current_thread().name)
            if len(inits) == 1:
                first_inside.set()
                # Give the other threads (already started, see below) the time to reach the class
                # while this one is in __init__. With a correct decorator they wait outside, and
                # this times out.
                second_inside.wait(0.2)
            else:
                second_inside.set()

    got = []
    errors = []
    go = threading.Event()

    def call(wait_for_go):
        try:
            if wait_for_go:
                go.wait(5)
            got.append(Slow())
        except BaseException as e:  # reported below
            errors.append(e)

    # The four others are running before the first call starts: once it is inside __init__,
    # they only have to be woken to reach the class.
    others = [threading.Thread(target=call, args=(True,), daemon=True) for _ in range(4)]
    for thread in others:
        thread.start()
    first = threading.Thread(target=call, args=(False,), daemon=True)
    first.start()
    expect(first_inside.wait(2), True, "the first Slow() call entered __init__ within 2 s")
    go.set()
    deadline = time.monotonic() + 2
    for thread in [first] + others:
        thread.join(max(0.0, deadline - time.monotonic()))
    expect_true(not any(t.is_alive() for t in [first] + others),
                "%d of the five Slow() calls had not returned after 2 s" % sum(t.is_alive() for t in [first] + others))
    if errors:
        raise errors[0]
    expect(len(inits), 1, "__init__ runs with five threads calling Slow() at once")
    expect(len(got), 5, "instances returned")
    expect(all(obj is got[0] for obj in got), True, "every thread got the same instance")
