import unittest

from grind_testing import FakeClock, counted, expect, expect_raises

from solution import IdempotencyStore


def execute_ok(store, key, body, handler):
    """store.execute(...) for a call that must run or replay: a conflict there is a wrong answer."""
    try:
        return store.execute(key, body, handler)
    except ValueError as e:
        raise AssertionError("execute(%r, %r) was refused with ValueError (%s), but it should have run or replayed"
                             % (key, body, e))


def test_replays_never_run_the_handler():
    store = IdempotencyStore(ttl=60, clock=FakeClock().time)
    handler = counted(lambda body: {"order": 17, "items": body["items"]})
    body = {"items": ["apple", "pear"]}
    results = [execute_ok(store, "order-17", {"items": ["apple", "pear"]}, handler) for _ in range(5)]
    expect(results, [{"order": 17, "items": ["apple", "pear"]}] * 5, "five responses")
    expect(handler.count, 1, "times the handler ran")
    expect(handler.calls[0][0], (body,), "argument the handler received")


def test_conflict_leaves_the_entry_unchanged():
    store = IdempotencyStore(ttl=60, clock=FakeClock().time)
    handler = counted(lambda body: "charged %d" % body["amount"])
    expect(execute_ok(store, "k", {"amount": 10}, handler), "charged 10")
    expect_raises(ValueError, store.execute, "k", {"amount": 20}, handler)
    expect_raises(ValueError, store.execute, "k", {"amount": 10, "note": "x"}, handler)
    expect(execute_ok(store, "k", {"amount": 10}, handler), "charged 10", "replay after the conflicts")
    expect(handler.count, 1, "times the handler ran")


def test_equal_bodies_replay_whatever_their_key_order():
    store = IdempotencyStore(ttl=60, clock=FakeClock().time)
    handler = counted(lambda body: {"charged": body["amount"]})
    first = {"amount": 10, "currency": "EUR", "meta": {"a": 1, "b": [1, 2]}}
    retry = {"meta": {"b": [1, 2], "a": 1}, "currency": "EUR", "amount": 10}
    expect(execute_ok(store, "k", first, handler), {"charged": 10})
    expect(execute_ok(store, "k", retry, handler), {"charged": 10},
           "a retry whose body == the first one, its keys in another order")
    expect(handler.count, 1, "times the handler ran")
    expect_raises(ValueError, store.execute, "k", {"meta": {"b": [2, 1], "a": 1}, "currency": "EUR", "amount": 10},
                  handler)


def test_a_handler_that_raises_stores_nothing():
    store = IdempotencyStore(ttl=60, clock=FakeClock().time)
    outcomes = [ConnectionError("gateway down"), {"status": "ok"}]

    def handler(body):
        outcome = outcomes.pop(0) if outcomes else {"status": "ran again"}
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    expect_raises(ConnectionError, store.execute, "k", {"amount": 5}, handler)
    expect(execute_ok(store, "k", {"amount": 5}, handler), {"status": "ok"}, "the retry after a failure")
    expect(execute_ok(store, "k", {"amount": 5}, handler), {"status": "ok"}, "the next retry is a replay")


def test_after_a_failure_the_key_is_free_for_any_body():
    store = IdempotencyStore(ttl=60, clock=FakeClock().time)

    def flaky(body):
        if body["amount"] < 0:
            raise RuntimeError("card declined")
        return body["amount"]

    expect_raises(RuntimeError, store.execute, "k", {"amount": -5}, flaky)
    expect(execute_ok(store, "k", {"amount": 5}, flaky), 5, "a new body with the same key after a failure")


def test_a_none_response_is_replayed():
    store = IdempotencyStore(ttl=60, clock=FakeClock().time)
    delete_item = counted(lambda body: None)
    expect(execute_ok(store, "del-9", {"id": 9}, delete_item), None, "first response")
    expect(execute_ok(store, "del-9", {"id": 9}, delete_item), None, "replayed response")
    expect(delete_item.count, 1, "times the handler ran")
    expect_raises(ValueError, store.execute, "del-9", {"id": 10}, delete_item)


def test_entry_expires_ttl_after_the_response_was_stored():
    clock = FakeClock(1000.0)
    store = IdempotencyStore(ttl=10, clock=clock.time)

    def slow_handler(body):
        clock.advance(3.0)  # the handler takes 3 s: the response is stored at 1003
        return {"run": handler.count}

    handler = counted(slow_handler)
    expect(execute_ok(store, "k", "body", handler), {"run": 1})
    clock.now = 1012.5
    expect(execute_ok(store, "k", "body", handler), {"run": 1}, "at 1012.5 (stored at 1003, ttl 10)")
    expect(handler.count, 1, "times the handler ran by 1012.5")
    clock.now = 1013.0
    execute_ok(store, "k", "body", handler)
    expect(handler.count, 2, "times the handler ran by 1013 (exactly stored time + ttl)")


def test_after_expiry_any_body_runs_the_handler():
    clock = FakeClock(0.0)
    store = IdempotencyStore(ttl=5, clock=clock.time)
    handler = counted(lambda body: body["amount"] * 2)
    expect(execute_ok(store, "k", {"amount": 1}, handler), 2)
    clock.advance(5.0)
    expect(execute_ok(store, "k", {"amount": 7}, handler), 14, "a different body once the entry expired")
    expect(execute_ok(store, "k", {"amount": 7}, handler), 14, "replay of the new entry")
    expect_raises(ValueError, store.execute, "k", {"amount": 1}, handler)
    expect(handler.count, 2, "times the handler ran")


def test_a_new_entry_after_expiry_gets_a_new_lifetime():
    clock = FakeClock(0.0)
    store = IdempotencyStore(ttl=5, clock=clock.time)
    handler = counted(lambda body: "run %d" % (handler.count,))
    expect(execute_ok(store, "k", "b", handler), "run 1")
    clock.advance(6.0)
    expect(execute_ok(store, "k", "b", handler), "run 2", "at 6, after the first entry expired")
    clock.advance(4.0)
    expect(execute_ok(store, "k", "b", handler), "run 2", "at 10, 4 s into the second entry")
    clock.advance(1.0)
    expect(execute_ok(store, "k", "b", handler), "run 3", "at 11, the second entry expired")


def test_keys_are_independent():
    store = IdempotencyStore(ttl=60, clock=FakeClock().time)
    handler = counted(lambda body: "done %s" % body)
    expect(execute_ok(store, "a", "x", handler), "done x")
    expect(execute_ok(store, "b", "x", handler), "done x")
    expect(execute_ok(store, "c", "y", handler), "done y")
    expect(handler.count, 3, "times the handler ran for three keys")


def test_two_stores_share_nothing():
    clock = FakeClock()
    first, second = IdempotencyStore(60, clock.time), IdempotencyStore(60, clock.time)
    handler = counted(lambda body: body)
    execute_ok(first, "k", "one", handler)
    expect(execute_ok(second, "k", "two", handler), "two", "the same key in another store")
    expect(handler.count, 2, "times the handler ran")


def test_the_caller_changing_the_body_later_does_not_change_the_stored_one():
    store = IdempotencyStore(ttl=60, clock=FakeClock().time)
    handler = counted(lambda body: "ok")
    body = {"amount": 10, "items": [{"sku": "A1", "qty": 1}]}
    execute_ok(store, "k", body, handler)
    body["items"][0]["qty"] = 5
    expect_raises(ValueError, store.execute, "k", body, handler)
    body["items"][0]["qty"] = 1
    body["amount"] = 99
    expect_raises(ValueError, store.execute, "k", body, handler)
    expect(execute_ok(store, "k", {"amount": 10, "items": [{"sku": "A1", "qty": 1}]}, handler), "ok",
           "replay with the original body")
    expect(handler.count, 1, "times the handler ran")


def test_a_handler_changing_its_argument_does_not_change_the_stored_body():
    store = IdempotencyStore(ttl=60, clock=FakeClock().time)

    def normalise_and_create(body):
        body["currency"] = body.get("currency", "EUR").upper()
        body.setdefault("tags", []).append("normalised")
        return {"created": True}

    handler = counted(normalise_and_create)
    execute_ok(store, "k", {"amount": 5}, handler)
    expect(execute_ok(store, "k", {"amount": 5}, handler), {"created": True}, "a retry with the body the caller first sent")
    expect(handler.count, 1, "times the handler ran")


class TestResponsesAreCopies(unittest.TestCase):
    def test_changing_a_returned_response_does_not_change_replays(self):
        store = IdempotencyStore(ttl=60, clock=FakeClock().time)
        response = {"id": "pay_1", "status": "succeeded", "events": [{"type": "charged"}]}
        first = execute_ok(store, "k", {"amount": 1}, lambda body: response)
        first["status"] = "tampered"
        first["events"].append({"type": "refund"})
        replay = execute_ok(store, "k", {"amount": 1}, lambda body: "handler must not run")
        self.assertEqual(replay, {"id": "pay_1", "status": "succeeded", "events": [{"type": "charged"}]})
        replay["events"][0]["type"] = "tampered too"
        again = execute_ok(store, "k", {"amount": 1}, lambda body: "handler must not run")
        self.assertEqual(again, {"id": "pay_1", "status": "succeeded", "events": [{"type": "charged"}]})


def test_ttl_must_be_positive():
    expect_raises(ValueError, IdempotencyStore, 0)
    expect_raises(ValueError, IdempotencyStore, -1.5, FakeClock().time)
