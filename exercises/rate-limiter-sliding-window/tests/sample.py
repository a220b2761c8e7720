from grind_testing import FakeClock, expect

from solution import SlidingWindowLimiter


def test_allows_up_to_the_limit():
    limiter = SlidingWindowLimiter(limit=3, window=60, clock=FakeClock().time)
    expect([limiter.allow("key-1") for _ in range(4)], [True, True, True, False], "four requests at once")


def test_prompt_example():
    clock = FakeClock(0.0)
    limiter = SlidingWindowLimiter(limit=2, window=10, clock=clock.time)
    answers = []
    for at, client in ((0, "ann"), (3, "ann"), (9.5, "ann"), (9.5, "bob"), (10, "ann"), (12, "ann"), (13, "ann")):
        clock.now = float(at)
        answers.append(limiter.allow(client))
    expect(answers, [True, True, False, True, True, False, True], "answers at t = 0, 3, 9.5, 9.5 (bob), 10, 12, 13")


def test_a_request_stops_counting_exactly_one_window_later():
    clock = FakeClock(100.0)
    limiter = SlidingWindowLimiter(limit=1, window=30, clock=clock.time)
    expect(limiter.allow("k"), True, "t = 100")
    clock.advance(29.5)
    expect(limiter.allow("k"), False, "t = 129.5")
    clock.advance(0.5)
    expect(limiter.allow("k"), True, "t = 130, exactly one window after the first request")
