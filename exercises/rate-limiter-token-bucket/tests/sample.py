from grind_testing import FakeClock, expect

from solution import TokenBucket


def test_starts_full_and_denies_when_empty():
    bucket = TokenBucket(rate=1, capacity=3, clock=FakeClock().time)
    expect([bucket.allow() for _ in range(4)], [True, True, True, False], "four requests at once")


def test_refills_over_time():
    clock = FakeClock(0.0)
    bucket = TokenBucket(rate=1, capacity=3, clock=clock.time)
    for _ in range(3):
        bucket.allow()
    clock.advance(0.5)
    expect(bucket.allow(), False, "after 0.5 s (half a token)")
    clock.advance(0.5)
    expect(bucket.allow(), True, "after 1 s (one token)")
    clock.advance(60.0)
    expect(bucket.allow(cost=3), True, "after 60 s (full: 3 tokens)")
    expect(bucket.allow(), False, "right after spending them")
