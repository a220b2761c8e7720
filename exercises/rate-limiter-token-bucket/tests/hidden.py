from grind_testing import FakeClock, expect, expect_raises

from solution import TokenBucket


def drain(bucket, tokens):
    for _ in range(tokens):
        expect(bucket.allow(), True, "draining a full bucket")


def test_fractions_of_a_token_accumulate():
    clock = FakeClock(0.0)
    bucket = TokenBucket(rate=1, capacity=1, clock=clock.time)
    drain(bucket, 1)
    answers = []
    for _ in range(4):
        clock.advance(0.25)
        answers.append(bucket.allow())
    expect(answers, [False, False, False, True], "a request every 0.25 s at rate 1")


def test_refill_is_not_lost_between_denied_requests():
    clock = FakeClock(0.0)
    bucket = TokenBucket(rate=2, capacity=2, clock=clock.time)
    drain(bucket, 2)
    answers = []
    for _ in range(8):
        clock.advance(0.125)
        answers.append(bucket.allow())
    expect(answers, [False, False, False, True, False, False, False, True], "a request every 0.125 s at rate 2")


def test_sustained_rate_over_ten_seconds():
    clock = FakeClock(0.0)
    bucket = TokenBucket(rate=2, capacity=1, clock=clock.time)
    allowed = 0
    for _ in range(81):  # t = 0, 0.125, ..., 10.0
        if bucket.allow():
            allowed += 1
        clock.advance(0.125)
    expect(allowed, 21, "requests allowed over 10 s (1 at start + 2 per second)")


def test_tokens_refill_up_to_capacity_only():
    clock = FakeClock(0.0)
    bucket = TokenBucket(rate=1, capacity=3, clock=clock.time)
    drain(bucket, 3)
    clock.advance(100.0)
    expect([bucket.allow() for _ in range(4)], [True, True, True, False], "after 100 s idle (capacity 3)")


def test_a_partly_full_bucket_is_capped_too():
    clock = FakeClock(0.0)
    bucket = TokenBucket(rate=2, capacity=4, clock=clock.time)
    drain(bucket, 3)  # 1 token left
    clock.advance(10.0)
    expect(bucket.allow(cost=4), True, "a full bucket of 4")
    expect(bucket.allow(cost=0.5), False, "right after: the bucket was capped at 4, so it is empty")


def test_denied_request_consumes_nothing():
    clock = FakeClock(0.0)
    bucket = TokenBucket(rate=0.5, capacity=5, clock=clock.time)
    drain(bucket, 4)  # 1 token left
    expect(bucket.allow(cost=3), False, "cost 3 with 1 token")
    expect(bucket.allow(cost=2), False, "cost 2 with 1 token")
    expect(bucket.allow(), True, "cost 1 with 1 token left untouched")
    expect(bucket.allow(), False, "cost 1 with 0 tokens")


def test_exactly_enough_tokens_is_allowed():
    clock = FakeClock(0.0)
    bucket = TokenBucket(rate=4, capacity=2, clock=clock.time)
    expect(bucket.allow(cost=2), True, "cost 2 with exactly 2 tokens")
    clock.advance(0.25)
    expect(bucket.allow(), True, "cost 1 after 0.25 s at rate 4 (exactly 1 token)")
    expect(bucket.allow(cost=0.25), False, "nothing left")


def test_cost_above_capacity_is_never_allowed():
    clock = FakeClock(0.0)
    bucket = TokenBucket(rate=10, capacity=3, clock=clock.time)
    expect(bucket.allow(cost=4), False, "cost 4 with capacity 3")
    clock.advance(1000.0)
    expect(bucket.allow(cost=3.5), False, "cost 3.5 after a long idle")
    expect(bucket.allow(cost=3), True, "cost 3: the bucket is still full")


def test_fractional_costs():
    clock = FakeClock(0.0)
    bucket = TokenBucket(rate=1, capacity=1, clock=clock.time)
    expect([bucket.allow(cost=0.25) for _ in range(5)], [True, True, True, True, False], "five requests of 0.25")
    clock.advance(0.5)
    expect(bucket.allow(cost=0.75), False, "0.75 with 0.5 tokens")
    expect(bucket.allow(cost=0.5), True, "0.5 with 0.5 tokens")


def test_zero_rate_never_refills():
    clock = FakeClock(0.0)
    bucket = TokenBucket(rate=0, capacity=2, clock=clock.time)
    drain(bucket, 2)
    clock.advance(1e6)
    expect(bucket.allow(), False, "after a million seconds at rate 0")


def test_bucket_is_full_when_first_used_long_after_creation():
    clock = FakeClock(50.0)
    bucket = TokenBucket(rate=1, capacity=2, clock=clock.time)
    clock.advance(30.0)
    expect([bucket.allow() for _ in range(3)], [True, True, False], "first requests, 30 s after creation")


def test_buckets_are_independent():
    clock = FakeClock(0.0)
    first = TokenBucket(rate=1, capacity=1, clock=clock.time)
    second = TokenBucket(rate=1, capacity=2, clock=clock.time)
    expect(first.allow(), True, "first bucket")
    expect(first.allow(), False, "first bucket, empty")
    expect([second.allow(), second.allow(), second.allow()], [True, True, False], "second bucket")


def test_invalid_arguments_raise_value_error():
    clock = FakeClock(0.0)
    expect_raises(ValueError, TokenBucket, -1, 5, clock.time)
    expect_raises(ValueError, TokenBucket, 1, 0, clock.time)
    bucket = TokenBucket(1, 5, clock.time)
    expect_raises(ValueError, bucket.allow, 0)
    expect_raises(ValueError, bucket.allow, -2)
    expect(bucket.allow(cost=5), True, "the rejected calls took nothing")
