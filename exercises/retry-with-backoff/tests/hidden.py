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


class Shutdown(BaseException):
    """Like KeyboardInterrupt: not an Exception."""


def test_no_sleep_when_the_first_attempt_succeeds():
    clock = FakeClock()
    service = scripted("ok")
    call = retry(5, delay=0.5, sleep=clock.sleep)(service)
    expect(call(), "ok")
    expect(len(service.calls), 1, "attempts made")
    expect(clock.sleeps, [], "waits")


def test_all_attempts_fail_waits_between_them_only():
    clock = FakeClock()
    service = scripted(*[TimeoutError("slow %d" % i) for i in range(4)])
    call = retry(4, exceptions=(TimeoutError,), delay=0.25, backoff=2.0, sleep=clock.sleep)(service)
    expect_raises(TimeoutError, call)
    expect(len(service.calls), 4, "attempts made")
    expect(clock.sleeps, [0.25, 0.5, 1.0], "waits (no wait before the first or after the last attempt)")


def test_reraises_the_exception_of_the_last_attempt_not_the_first():
    clock = FakeClock()
    first, second, third = ConnectionError("first"), TimeoutError("second"), ConnectionError("third")
    service = scripted(first, second, third)
    call = retry(3, exceptions=(ConnectionError, TimeoutError), delay=1.0, sleep=clock.sleep)(service)
    raised = expect_raises(ConnectionError, call)
    expect(str(raised), "third", "message of the exception that propagated")
    expect(raised is third, True, "the very object raised by the last attempt propagates")


def test_unlisted_exception_is_not_retried():
    clock = FakeClock()
    service = scripted(KeyError("missing"), "ok")
    call = retry(3, exceptions=(ConnectionError,), delay=1.0, sleep=clock.sleep)(service)
    expect_raises(KeyError, call)
    expect(len(service.calls), 1, "attempts made for an exception that is not listed")
    expect(clock.sleeps, [], "waits")


def test_unlisted_exception_after_a_retry_stops_at_once():
    clock = FakeClock()
    service = scripted(ConnectionError("blip"), ValueError("bad payload"), "ok")
    call = retry(5, exceptions=(ConnectionError,), delay=2.0, sleep=clock.sleep)(service)
    raised = expect_raises(ValueError, call)
    expect(str(raised), "bad payload")
    expect(len(service.calls), 2, "attempts made")
    expect(clock.sleeps, [2.0], "waits")


def test_subclasses_of_listed_exceptions_are_retried():
    clock = FakeClock()
    service = scripted(ConnectionRefusedError("refused"), ConnectionResetError("reset"), "ok")
    call = retry(3, exceptions=(OSError,), delay=1.0, backoff=2.0, sleep=clock.sleep)(service)
    expect(call(), "ok")
    expect(clock.sleeps, [1.0, 2.0], "waits")


def test_a_single_exception_class_is_accepted():
    clock = FakeClock()
    service = scripted(TimeoutError("slow"), "ok")
    call = retry(2, exceptions=TimeoutError, delay=0.5, sleep=clock.sleep)(service)
    expect(call(), "ok")
    expect(clock.sleeps, [0.5], "waits")


def test_default_does_not_catch_base_exceptions():
    clock = FakeClock()
    service = scripted(Shutdown(), "ok")
    call = retry(3, sleep=clock.sleep)(service)
    expect_raises(Shutdown, call)
    expect(len(service.calls), 1, "attempts made for a BaseException that is not an Exception")
    expect(clock.sleeps, [], "waits")


def test_delay_and_backoff_factor_are_used():
    clock = FakeClock()
    service = scripted(*[OSError("x")] * 5)
    call = retry(5, exceptions=(OSError,), delay=0.5, backoff=3.0, sleep=clock.sleep)(service)
    expect_raises(OSError, call)
    expect(clock.sleeps, [0.5, 1.5, 4.5, 13.5], "waits with delay=0.5, backoff=3")


def test_backoff_of_one_gives_a_constant_delay():
    clock = FakeClock()
    service = scripted(OSError("a"), OSError("b"), OSError("c"), "done")
    call = retry(4, exceptions=(OSError,), delay=0.75, backoff=1.0, sleep=clock.sleep)(service)
    expect(call(), "done")
    expect(clock.sleeps, [0.75, 0.75, 0.75], "waits with backoff=1")


def test_every_call_starts_again_from_the_initial_delay():
    clock = FakeClock()
    service = scripted(OSError("1a"), OSError("1b"), "first call", OSError("2a"), OSError("2b"), "second call")
    call = retry(3, exceptions=(OSError,), delay=1.0, backoff=2.0, sleep=clock.sleep)(service)
    expect(call(), "first call")
    expect(call(), "second call")
    expect(clock.sleeps, [1.0, 2.0, 1.0, 2.0], "waits over two calls")


def test_arguments_and_result_pass_through():
    clock = FakeClock()
    service = scripted(ConnectionError("blip"), {"status": 201})
    call = retry(2, delay=0.1, sleep=clock.sleep)(service)
    expect(call("POST", "/orders", body={"sku": "A1"}, timeout=3), {"status": 201})
    expected_call = (("POST", "/orders"), {"body": {"sku": "A1"}, "timeout": 3})
    expect(service.calls, [expected_call, expected_call], "arguments of each attempt")


def test_times_one_means_a_single_attempt():
    clock = FakeClock()
    service = scripted(ConnectionError("down"), "ok")
    call = retry(1, delay=5.0, sleep=clock.sleep)(service)
    expect_raises(ConnectionError, call)
    expect(len(service.calls), 1, "attempts made with times=1")
    expect(clock.sleeps, [], "waits")


def test_times_below_one_is_rejected_by_retry_itself():
    expect_raises(ValueError, retry, 0)
    expect_raises(ValueError, retry, -3, sleep=FakeClock().sleep)


def test_wrapped_and_doc_are_kept():
    def lookup(host):
        """Resolve a host name."""
        return "10.0.0.1"

    wrapped = retry(3, sleep=FakeClock().sleep)(lookup)
    expect(getattr(wrapped, "__wrapped__", None) is lookup, True, "__wrapped__ is the original function")
    expect(wrapped.__doc__, "Resolve a host name.")
    expect(wrapped.__name__, "lookup")
