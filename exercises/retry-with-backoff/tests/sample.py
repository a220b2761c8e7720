from grind_testing import FakeClock, expect, expect_raises

from solution import retry


def scripted(*outcomes):
    """A function whose k-th call raises outcomes[k] when it is an exception, else returns it."""
    calls = []

    def service(*args, **kwargs):
        calls.append((args, kwargs))
        if len(calls) > len(outcomes):
            return "<unexpected call %d>" % len(calls)
        outcome = outcomes[len(calls) - 1]
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    service.calls = calls
    return service


def test_returns_after_transient_failures():
    clock = FakeClock()
    service = scripted(ConnectionError("down"), ConnectionError("still down"), 1.08)
    fetch_rate = retry(4, exceptions=(ConnectionError,), delay=0.5, backoff=2.0, sleep=clock.sleep)(service)
    expect(fetch_rate("EUR"), 1.08, "result of the third attempt")
    expect(len(service.calls), 3, "attempts made")
    expect(clock.sleeps, [0.5, 1.0], "waits between attempts")


def test_gives_up_and_raises_the_last_exception():
    clock = FakeClock()
    last = ConnectionError("attempt 3")
    service = scripted(ConnectionError("attempt 1"), ConnectionError("attempt 2"), last)
    call = retry(3, exceptions=(ConnectionError,), delay=1.0, backoff=2.0, sleep=clock.sleep)(service)
    raised = expect_raises(ConnectionError, call)
    expect(raised is last, True, "the exception raised is the one from the last attempt")
    expect(clock.sleeps, [1.0, 2.0], "waits between attempts (none after the last)")


def test_keeps_the_name():
    @retry(2, sleep=FakeClock().sleep)
    def charge_card(amount):
        """Charge the customer's card."""
        return amount

    expect(charge_card.__name__, "charge_card")
    expect(charge_card.__doc__, "Charge the customer's card.")
