import unittest

from grind_testing import FakeClock, expect, expect_raises

from solution import SlidingWindowLimiter


def answers_at(limiter, clock, calls):
    """calls: (time, client) pairs; returns the answers of allow, in order."""
    out = []
    for at, client in calls:
        clock.now = float(at)
        out.append(limiter.allow(client))
    return out


def test_boundary_of_the_window_is_exact():
    clock = FakeClock(0.0)
    limiter = SlidingWindowLimiter(limit=2, window=5, clock=clock.time)
    got = answers_at(limiter, clock, [(0, "c"), (1, "c"), (4.75, "c"), (5, "c"), (5.5, "c"), (6, "c"), (6, "c")])
    expect(got, [True, True, False, True, False, True, False], "answers at t = 0, 1, 4.75, 5, 5.5, 6, 6")


def test_denied_requests_are_not_recorded():
    clock = FakeClock(0.0)
    limiter = SlidingWindowLimiter(limit=2, window=10, clock=clock.time)
    got = answers_at(limiter, clock, [(0, "c"), (1, "c"), (5, "c"), (8, "c"), (10, "c"), (11, "c"), (11.5, "c")])
    expect(got, [True, True, False, False, True, True, False], "answers at t = 0, 1, 5, 8, 10, 11, 11.5")


def test_the_window_slides_instead_of_resetting():
    clock = FakeClock(0.0)
    limiter = SlidingWindowLimiter(limit=2, window=10, clock=clock.time)
    got = answers_at(limiter, clock, [(9, "c"), (9.5, "c"), (10.5, "c"), (18, "c"), (19, "c"), (19.5, "c"), (19.75, "c")])
    expect(got, [True, True, False, False, True, True, False], "answers at t = 9, 9.5, 10.5, 18, 19, 19.5, 19.75")


def test_requests_at_the_same_instant():
    clock = FakeClock(7.0)
    limiter = SlidingWindowLimiter(limit=3, window=2, clock=clock.time)
    expect([limiter.allow("c") for _ in range(5)], [True, True, True, False, False], "five requests at t = 7")
    clock.advance(1.75)
    expect(limiter.allow("c"), False, "t = 8.75")
    clock.advance(0.25)
    expect([limiter.allow("c") for _ in range(4)], [True, True, True, False], "four requests at t = 9")


def test_clients_are_independent():
    clock = FakeClock(0.0)
    limiter = SlidingWindowLimiter(limit=1, window=10, clock=clock.time)
    got = answers_at(limiter, clock, [(0, "ann"), (1, "bob"), (2, ("tenant", 7)), (3, 42), (4, "42"),
                                      (5, "ann"), (5, 42), (10, "ann"), (10, "bob"), (11, "bob")])
    expect(got, [True, True, True, True, True, False, False, True, False, True],
           "answers for ann, bob, ('tenant', 7), 42, '42', ann, 42, ann, bob, bob")


def test_limit_zero_denies_everything():
    clock = FakeClock(0.0)
    limiter = SlidingWindowLimiter(limit=0, window=1, clock=clock.time)
    got = answers_at(limiter, clock, [(0, "c"), (0, "d"), (5, "c"), (100, "c")])
    expect(got, [False, False, False, False], "answers with limit 0")


def test_fractional_window():
    clock = FakeClock(0.0)
    limiter = SlidingWindowLimiter(limit=1, window=0.5, clock=clock.time)
    got = answers_at(limiter, clock, [(0, "c"), (0.25, "c"), (0.5, "c"), (0.875, "c"), (1.0, "c")])
    expect(got, [True, False, True, False, True], "answers at t = 0, 0.25, 0.5, 0.875, 1.0 (window 0.5)")


def test_two_limiters_share_nothing():
    clock = FakeClock(0.0)
    strict = SlidingWindowLimiter(limit=1, window=100, clock=clock.time)
    loose = SlidingWindowLimiter(limit=5, window=100, clock=clock.time)
    expect([loose.allow("c") for _ in range(3)], [True, True, True], "loose limiter")
    expect(strict.allow("c"), True, "strict limiter, its first request")
    expect(strict.allow("c"), False, "strict limiter, its second request")
    expect(loose.allow("c"), True, "loose limiter, its fourth request")


def test_invalid_arguments_raise_value_error():
    clock = FakeClock(0.0)
    expect_raises(ValueError, SlidingWindowLimiter, -1, 10, clock.time)
    expect_raises(ValueError, SlidingWindowLimiter, 5, 0, clock.time)
    expect_raises(ValueError, SlidingWindowLimiter, 5, -2.5, clock.time)


def test_matches_the_rule_on_mixed_traffic():
    # A brute-force reading of rule 1 on a long, deterministic mix of clients and times.
    clock = FakeClock(0.0)
    limit, window = 3, 2.5
    limiter = SlidingWindowLimiter(limit=limit, window=window, clock=clock.time)
    history = {}
    state = 12345
    for step in range(600):
        state = (state * 1103515245 + 12345) % 2147483648
        clock.advance((state >> 8) % 5 * 0.25)  # 0, 0.25, 0.5, 0.75 or 1.0 seconds
        client = "client-%d" % ((state >> 16) % 3)
        now = clock.now
        allowed = history.setdefault(client, [])
        expected = sum(1 for s in allowed if now - window < s <= now) < limit
        if expected:
            allowed.append(now)
        expect(limiter.allow(client), expected, "request %d, %s at t = %s" % (step, client, now))


class TestPerformance(unittest.TestCase):
    def test_bursts_and_steady_traffic_with_a_large_limit(self):
        clock = FakeClock(0.0)
        limiter = SlidingWindowLimiter(limit=100000, window=64.0, clock=clock.time)
        bursts = []
        for _ in range(3):
            bursts.append(sum(1 for _ in range(105000) if limiter.allow("tenant-7")))
            clock.advance(64.0)
        self.assertEqual(bursts, [100000, 100000, 100000], "allowed per burst of 105,000 requests at one instant")
        steady = 0
        for _ in range(150000):
            if limiter.allow("tenant-7"):
                steady += 1
            clock.advance(1.0 / 2048)
        self.assertEqual(steady, 118928, "allowed out of 150,000 requests, one every 1/2048 s")

    def test_a_long_log_that_drops_one_request_per_call(self):
        # Once the log holds 200,000 requests, every call drops exactly one and records one:
        # deleting from the front of a list (or rebuilding it) costs O(limit) per call here.
        clock = FakeClock(0.0)
        limiter = SlidingWindowLimiter(limit=200000, window=200000 / 2048.0, clock=clock.time)
        allowed = 0
        for _ in range(500000):
            if limiter.allow(42):
                allowed += 1
            clock.advance(1.0 / 2048)
        self.assertEqual(allowed, 500000, "allowed out of 500,000 requests, one every 1/2048 s")
