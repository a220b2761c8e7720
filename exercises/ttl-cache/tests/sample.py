from grind_testing import FakeClock, expect

from solution import TTLCache


def test_value_is_served_until_it_expires():
    clock = FakeClock(1000.0)
    cache = TTLCache(ttl=30, clock=clock.time)
    cache.set("session:42", {"user": "ann"})
    expect(cache.get("session:42"), {"user": "ann"}, "right after set")
    clock.advance(29.5)
    expect(cache.get("session:42"), {"user": "ann"}, "29.5 s after set")
    clock.advance(0.5)
    expect(cache.get("session:42", "expired"), "expired", "30 s after set (ttl 30)")


def test_missing_key_returns_the_default():
    cache = TTLCache(ttl=10, clock=FakeClock().time)
    expect(cache.get("nope"), None, "get without a default")
    expect(cache.get("nope", 0), 0, "get with default 0")


def test_len_counts_live_entries():
    clock = FakeClock(0.0)
    cache = TTLCache(ttl=10, clock=clock.time)
    cache.set("a", 1)
    cache.set("b", 2)
    expect(len(cache), 2, "len after two sets")
    clock.advance(10.0)
    expect(len(cache), 0, "len once both expired")
