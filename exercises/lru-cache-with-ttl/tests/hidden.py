import unittest

from grind_testing import FakeClock, expect, expect_raises

from solution import LRUTTLCache


def test_get_makes_an_entry_the_most_recently_used():
    cache = LRUTTLCache(capacity=3, ttl=1000, clock=FakeClock().time)
    for key in "abc":
        cache.put(key, key.upper())
    expect(cache.get("a"), "A")
    expect(cache.get("b"), "B")
    expect(cache.keys(), ["c", "a", "b"], "keys after reading a then b")
    cache.put("d", "D")
    expect(cache.keys(), ["a", "b", "d"], "keys after a put into the full cache")
    expect(cache.get("c"), None, "the evicted entry")


def test_put_of_a_live_key_replaces_it_and_makes_it_recent():
    cache = LRUTTLCache(capacity=3, ttl=1000, clock=FakeClock().time)
    for key in "abc":
        cache.put(key, 0)
    cache.put("a", 99)
    expect(len(cache), 3, "len after updating a key")
    expect(cache.keys(), ["b", "c", "a"], "keys after updating a")
    cache.put("d", 1)
    expect(cache.keys(), ["c", "a", "d"], "keys after adding d to the full cache")
    expect(cache.get("a"), 99, "updated value")


def test_updating_a_key_of_a_full_cache_evicts_nothing():
    cache = LRUTTLCache(capacity=2, ttl=1000, clock=FakeClock().time)
    cache.put("x", 1)
    cache.put("y", 2)
    cache.put("y", 3)
    expect(cache.keys(), ["x", "y"], "keys after updating y, the most recently used")
    cache.put("x", 4)
    expect(cache.keys(), ["y", "x"], "keys after updating x")
    expect([cache.get("x"), cache.get("y")], [4, 3], "values")


def test_expiry_is_exactly_ttl_after_the_last_put():
    clock = FakeClock(100.0)
    cache = LRUTTLCache(capacity=4, ttl=2.5, clock=clock.time)
    cache.put("k", "v")
    clock.advance(2.25)
    expect(cache.keys(), ["k"], "keys at t + 2.25 (ttl 2.5)")
    clock.advance(0.25)
    expect(cache.keys(), [], "keys at exactly t + ttl")
    expect(len(cache), 0, "len at exactly t + ttl")
    expect(cache.get("k", "gone"), "gone", "get at exactly t + ttl")


def test_reading_does_not_extend_the_lifetime():
    clock = FakeClock(0.0)
    cache = LRUTTLCache(capacity=4, ttl=5, clock=clock.time)
    cache.put("k", "v")
    for _ in range(4):
        clock.advance(1.0)
        expect(cache.get("k"), "v", "read at t = %s" % clock.now)
    clock.advance(1.0)
    expect(cache.get("k"), None, "at t = 5 after reading every second")


def test_put_again_restarts_the_lifetime():
    clock = FakeClock(0.0)
    cache = LRUTTLCache(capacity=4, ttl=10, clock=clock.time)
    cache.put("k", 1)
    clock.advance(8.0)
    cache.put("k", 2)
    clock.advance(8.0)
    expect(cache.get("k"), 2, "8 s after the second put")
    clock.advance(2.0)
    expect(cache.get("k"), None, "10 s after the second put")


def test_a_rewritten_key_expires_after_older_entries():
    clock = FakeClock(0.0)
    cache = LRUTTLCache(capacity=5, ttl=10, clock=clock.time)
    cache.put("a", 1)         # expires at 10
    clock.advance(1.0)
    cache.put("b", 2)         # expires at 11
    clock.advance(4.0)
    cache.put("a", 3)         # t = 5: "a" now expires at 15, after "b"
    clock.advance(7.0)        # t = 12: "b" has expired, "a" is live
    expect(cache.keys(), ["a"], "keys at t = 12")
    expect(len(cache), 1, "len at t = 12")
    expect(cache.get("b", "MISSING"), "MISSING", "get of the expired entry")
    clock.advance(3.0)        # t = 15: "a" has expired too
    expect(cache.keys(), [], "keys at t = 15")


def test_keys_of_different_types_put_at_the_same_instant():
    # Keys need not be comparable with each other: a heap of (expiry, key) pairs breaks here.
    clock = FakeClock(0.0)
    cache = LRUTTLCache(capacity=4, ttl=5, clock=clock.time)
    for k in [1, "1", ("user", 1), None, 2.5]:
        cache.put(k, repr(k))
    expect(cache.keys(), ["1", ("user", 1), None, 2.5], "keys (1 was evicted)")
    expect(cache.get(None), "None", "get(None)")
    clock.advance(5.0)
    expect(len(cache), 0, "len after the ttl")
    expect(cache.keys(), [], "keys after the ttl")


def test_an_expired_entry_never_costs_a_live_one_its_slot():
    clock = FakeClock(0.0)
    cache = LRUTTLCache(capacity=3, ttl=10, clock=clock.time)
    cache.put("old1", 1)      # expires at 10
    cache.put("old2", 2)      # expires at 10
    clock.advance(4.0)
    cache.put("live", 3)      # expires at 14
    clock.advance(1.0)
    cache.get("old1")         # recency now: old2, live, old1
    cache.get("old2")         # recency now: live, old1, old2
    clock.advance(5.0)        # t = 10: old1 and old2 expired; "live" is the least recently used
    cache.put("new1", 4)
    cache.put("new2", 5)
    expect(cache.keys(), ["live", "new1", "new2"], "keys at t = 10")
    expect(cache.get("live"), 3, "the live entry written at 4")
    cache.put("new3", 6)
    expect(cache.keys(), ["new2", "live", "new3"], "keys after a put into a cache full of live entries")


def test_an_expired_key_put_again_is_a_new_entry():
    clock = FakeClock(0.0)
    cache = LRUTTLCache(capacity=2, ttl=3, clock=clock.time)
    cache.put("a", 1)
    cache.put("b", 2)
    clock.advance(1.0)
    cache.put("c", 3)         # full: evicts "a"
    clock.advance(2.0)        # t = 3: "b" expired, "c" live
    cache.put("b", 20)        # not full (only "c" is live): nothing evicted
    expect(cache.keys(), ["c", "b"], "keys at t = 3")
    expect(cache.get("b"), 20)


def test_len_and_keys_only_see_live_entries():
    clock = FakeClock(0.0)
    cache = LRUTTLCache(capacity=10, ttl=10, clock=clock.time)
    for i in range(6):
        cache.put(i, i)
        clock.advance(2.0)
    # t = 12: entries written at 0 and 2 have expired
    expect(len(cache), 4, "len at t = 12")
    expect(cache.keys(), [2, 3, 4, 5], "keys at t = 12")
    clock.advance(7.0)
    expect(len(cache), 1, "len at t = 19")
    expect(cache.keys(), [5], "keys at t = 19")


def test_none_is_a_value_and_default_is_returned_for_misses():
    cache = LRUTTLCache(capacity=2, ttl=10, clock=FakeClock().time)
    cache.put("nothing", None)
    expect(cache.get("nothing", "MISSING"), None, "a stored None")
    expect(cache.get("absent", "MISSING"), "MISSING", "a missing key with a default")
    expect(cache.get("absent"), None, "a missing key without a default")


def test_len_and_keys_do_not_change_recency():
    cache = LRUTTLCache(capacity=2, ttl=100, clock=FakeClock().time)
    cache.put("a", 1)
    cache.put("b", 2)
    expect(cache.keys(), ["a", "b"], "keys")
    expect(len(cache), 2, "len")
    cache.put("c", 3)
    expect(cache.keys(), ["b", "c"], "keys after a put into the full cache")


def test_capacity_zero_and_one():
    clock = FakeClock(0.0)
    empty = LRUTTLCache(capacity=0, ttl=10, clock=clock.time)
    empty.put("a", 1)
    empty.put("a", 2)
    expect(empty.get("a"), None, "get on a capacity-0 cache")
    expect(len(empty), 0, "len of a capacity-0 cache")
    expect(empty.keys(), [], "keys of a capacity-0 cache")
    single = LRUTTLCache(capacity=1, ttl=10, clock=clock.time)
    single.put("a", 1)
    single.put("b", 2)
    expect(single.keys(), ["b"], "keys of a capacity-1 cache")
    single.put("b", 3)
    expect(single.get("b"), 3)


def test_invalid_arguments_raise_value_error():
    expect_raises(ValueError, LRUTTLCache, -1, 10)
    expect_raises(ValueError, LRUTTLCache, 3, 0)
    expect_raises(ValueError, LRUTTLCache, 3, -2.5)


class TestPerformance(unittest.TestCase):
    def test_many_operations_run_in_amortised_constant_time(self):
        clock = FakeClock(0.0)
        cache = LRUTTLCache(capacity=50000, ttl=1024.0, clock=clock.time)
        hits = size_sum = checksum = 0
        # phase 0: the capacity binds (nothing expires yet);
        # phase 1: expiry binds (an entry lives 8192 rounds, fewer than the capacity)
        for phase, step, rounds in ((0, 1.0 / 1024, 70000), (1, 1.0 / 8, 30000)):
            for i in range(rounds):
                cache.put((i * 7 + phase) % 200000, i)
                value = cache.get((i * 7919) % 200000)
                if value is not None:
                    hits += 1
                    checksum = (checksum * 31 + value) % 1000000007
                size_sum += len(cache)
                clock.advance(step)
        self.assertEqual(hits, 13726, "gets that found a live entry")
        self.assertEqual(checksum, 834138298, "checksum of the values returned by get")
        self.assertEqual(size_sum, 2828793660, "sum of len(cache) over the run")
        self.assertEqual(len(cache), 8191, "len at the end")
