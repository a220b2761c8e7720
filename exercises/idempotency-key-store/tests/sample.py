from grind_testing import FakeClock, counted, expect, expect_raises

from solution import IdempotencyStore


def execute_ok(store, key, body, handler):
    """store.execute(...) for a call that must run or replay: a conflict there is a wrong answer."""
    try:
        return store.execute(key, body, handler)
    except ValueError as e:
        raise AssertionError("execute(%r, %r) was refused with ValueError (%s), but it should have run or replayed"
                             % (key, body, e))


def test_a_retry_replays_the_stored_response():
    store = IdempotencyStore(ttl=3600, clock=FakeClock().time)
    create_payment = counted(lambda body: {"id": "pay_1", "amount": body["amount"]})
    first = execute_ok(store, "k-1", {"amount": 50}, create_payment)
    retry = execute_ok(store, "k-1", {"amount": 50}, create_payment)
    expect(first, {"id": "pay_1", "amount": 50}, "first response")
    expect(retry, {"id": "pay_1", "amount": 50}, "replayed response")
    expect(create_payment.count, 1, "times the handler ran")


def test_same_key_with_another_body_is_a_conflict():
    store = IdempotencyStore(ttl=3600, clock=FakeClock().time)
    create_payment = counted(lambda body: {"amount": body["amount"]})
    execute_ok(store, "k-1", {"amount": 50}, create_payment)
    expect_raises(ValueError, store.execute, "k-1", {"amount": 70}, create_payment)
    expect(create_payment.count, 1, "times the handler ran")
