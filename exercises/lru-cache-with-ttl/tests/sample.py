from grind_testing import FakeClock, expect

from solution import LRUTTLCache


def test_least_recently_used_entry_is_evicted():
    cache = LRUTTLCache(capacity=2, ttl=100, clock=FakeClock().time)
    cache.put("a", 1)
    cache.put("b", 2)
    expect(cache.get("a"), 1, "get('a')")
    cache.put("c", 3)
    expect(cache.get("b"), None, "get('b') after it was evicted")
    expect(cache.keys(), ["a", "c"], "keys, least recently used first")


def test_entries_expire_after_ttl():
    clock = FakeClock(0.0)
    cache = LRUTTLCache(capacity=5, ttl=10, clock=clock.time)
    cache.put("a", 1)
    clock.advance(9.5)
    expect(cache.get("a"), 1, "9.5 s after put (ttl 10)")
    clock.advance(0.5)
    expect(cache.get("a", "expired"), "expired", "10 s after put")
    expect(len(cache), 0, "len")


def test_prompt_example():
    clock = FakeClock(0.0)
    cache = LRUTTLCache(capacity=2, ttl=10, clock=clock.time)
    cache.put("ann", 1)
    clock.advance(5.0)
    cache.put("bob", 2)
    clock.advance(1.0)
    expect(cache.get("ann"), 1, "get('ann') at 6")
    expect(cache.keys(), ["bob", "ann"], "keys at 6")
    clock.advance(4.0)
    cache.put("cy", 3)
    expect(cache.keys(), ["bob", "cy"], "keys at 10 (ann expired, bob must not be evicted)")
    clock.advance(1.0)
    cache.put("dee", 4)
    expect(cache.keys(), ["cy", "dee"], "keys at 11")
