import unittest

from grind_testing import FakeClock, expect, expect_raises

from solution import TTLCache


def test_entry_expires_exactly_at_set_time_plus_ttl():
    clock = FakeClock(500.0)
    cache = TTLCache(ttl=2.5, clock=clock.time)
    cache.set("k", "v")
    clock.advance(2.25)
    expect(cache.get("k"), "v", "at t + 2.25 (ttl 2.5)")
    expect(len(cache), 1, "len at t + 2.25")
    clock.advance(0.25)
    expect(cache.get("k"), None, "at exactly t + ttl")
    expect(len(cache), 0, "len at exactly t + ttl")


def test_len_at_exactly_the_expiry_without_a_get():
    clock = FakeClock(0.0)
    cache = TTLCache(ttl=5, clock=clock.time)
    cache.set("a", 1)
    clock.advance(5.0)
    expect(len(cache), 0, "len at exactly t + ttl")
    expect(cache.delete("a"), False, "delete at exactly t + ttl")


def test_reading_does_not_extend_the_lifetime():
    clock = FakeClock(0.0)
    cache = TTLCache(ttl=10, clock=clock.time)
    cache.set("token", "abc")
    for _ in range(9):
        clock.advance(1.0)
        expect(cache.get("token"), "abc", "read at t = %s" % clock.now)
    clock.advance(1.0)
    expect(cache.get("token"), None, "at t = 10 after reading every second")


def test_setting_again_replaces_the_value_and_restarts_the_lifetime():
    clock = FakeClock(0.0)
    cache = TTLCache(ttl=30, clock=clock.time)
    cache.set("price", 10)
    clock.advance(20.0)
    cache.set("price", 12)
    clock.advance(15.0)
    expect(cache.get("price"), 12, "35 s after the first set, 15 s after the second")
    expect(len(cache), 1, "len (one key, set twice)")
    clock.advance(15.0)
    expect(cache.get("price"), None, "30 s after the second set")


def test_an_expired_key_can_be_set_again():
    clock = FakeClock(0.0)
    cache = TTLCache(ttl=1, clock=clock.time)
    cache.set("k", "old")
    clock.advance(3.0)
    expect(cache.get("k"), None, "expired")
    cache.set("k", "new")
    expect(cache.get("k"), "new", "after setting it again")
    expect(len(cache), 1, "len")


def test_falsy_values_are_cached_like_any_other():
    clock = FakeClock(0.0)
    cache = TTLCache(ttl=60, clock=clock.time)
    values = {"none": None, "zero": 0, "empty": "", "false": False, "nothing": []}
    for key, value in values.items():
        cache.set(key, value)
    for key, value in values.items():
        expect(cache.get(key, "MISSING"), value, "get(%r) of a live entry" % key)
    expect(len(cache), 5, "len")
    clock.advance(60.0)
    expect(cache.get("none", "MISSING"), "MISSING", "get of the expired None entry")


def test_default_is_returned_for_an_expired_entry():
    clock = FakeClock(0.0)
    cache = TTLCache(ttl=4, clock=clock.time)
    cache.set("user:1", "ann")
    clock.advance(100.0)
    expect(cache.get("user:1", "fallback"), "fallback")


def test_delete_removes_a_live_entry():
    clock = FakeClock(0.0)
    cache = TTLCache(ttl=10, clock=clock.time)
    cache.set("a", None)
    cache.set("b", 2)
    expect(cache.delete("a"), True, "delete of a live entry holding None")
    expect(cache.get("a", "gone"), "gone", "get after delete")
    expect(len(cache), 1, "len after delete")
    expect(cache.delete("a"), False, "second delete of the same key")


def test_delete_of_a_missing_or_expired_key_returns_false():
    clock = FakeClock(0.0)
    cache = TTLCache(ttl=10, clock=clock.time)
    expect(cache.delete("never-set"), False, "delete of a key never set")
    cache.set("old", 1)
    clock.advance(11.0)
    expect(cache.delete("old"), False, "delete of an expired key")
    expect(len(cache), 0, "len")


def test_each_entry_expires_on_its_own_schedule():
    clock = FakeClock(0.0)
    cache = TTLCache(ttl=10, clock=clock.time)
    cache.set("a", 1)
    clock.advance(4.0)
    cache.set("b", 2)
    clock.advance(4.0)
    cache.set("c", 3)
    expect(len(cache), 3, "len at t = 8")
    clock.advance(2.0)
    expect([cache.get(k) for k in "abc"], [None, 2, 3], "values at t = 10")
    expect(len(cache), 2, "len at t = 10")
    clock.advance(4.0)
    expect([cache.get(k) for k in "abc"], [None, None, 3], "values at t = 14")
    expect(len(cache), 1, "len at t = 14")
    clock.advance(4.0)
    expect(len(cache), 0, "len at t = 18")


def test_keys_of_different_types_set_at_the_same_instant():
    # Keys need not be comparable with each other: a heap of (expiry, key) pairs breaks here.
    clock = FakeClock(0.0)
    cache = TTLCache(ttl=5, clock=clock.time)
    keys = [1, "1", ("user", 1), None, 2.5, frozenset({3})]
    for k in keys:
        cache.set(k, repr(k))
    cache.set(1, "again")
    expect([cache.get(k) for k in keys], ["again", "'1'", "('user', 1)", "None", "2.5", "frozenset({3})"], "values")
    expect(len(cache), 6, "len")
    clock.advance(5.0)
    expect(len(cache), 0, "len after the ttl")
    expect(cache.get(("user", 1), "gone"), "gone", "get after the ttl")


def test_lifetime_starts_at_set_not_at_construction():
    clock = FakeClock(0.0)
    cache = TTLCache(ttl=10, clock=clock.time)
    clock.advance(100.0)
    cache.set("k", "v")
    clock.advance(9.0)
    expect(cache.get("k"), "v", "9 s after set, 109 s after the cache was built")


def test_two_caches_do_not_share_entries():
    clock = FakeClock(0.0)
    short = TTLCache(ttl=1, clock=clock.time)
    long = TTLCache(ttl=100, clock=clock.time)
    short.set("k", "short")
    long.set("k", "long")
    long.set("only-long", 1)
    expect(short.get("k"), "short", "the short cache's value")
    expect(len(short), 1, "len of the short cache")
    clock.advance(5.0)
    expect(short.get("k"), None, "the short cache's entry after 5 s")
    expect(long.get("k"), "long", "the long cache's entry after 5 s")


def test_ttl_must_be_positive():
    expect_raises(ValueError, TTLCache, 0)
    expect_raises(ValueError, TTLCache, -5, clock=FakeClock().time)


class TestManyKeys(unittest.TestCase):
    def test_a_stream_of_keys_keeps_only_the_recent_ones(self):
        clock = FakeClock(0.0)
        cache = TTLCache(ttl=10, clock=clock.time)
        for i in range(100):
            cache.set(i, i * i)
            clock.advance(1.0)
        # now = 100: keys set at 91..99 are live (set at 90 expired exactly now)
        self.assertEqual(len(cache), 9)
        self.assertEqual(cache.get(90), None)
        self.assertEqual(cache.get(91), 91 * 91)
        self.assertEqual(cache.get(99), 99 * 99)
