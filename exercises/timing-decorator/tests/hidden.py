import unittest

from grind_testing import FakeClock, expect, expect_raises

from solution import Timer, timed


def test_timings_start_empty():
    clock = FakeClock()
    handle = timed(clock=clock.time)(lambda: None)
    expect(handle.timings, [], "timings before any call")


def test_timed_passes_arguments_and_returns_the_result():
    clock = FakeClock(10.0)

    def query(table, *, limit=10, offset=0):
        clock.advance(0.5)
        return {"table": table, "limit": limit, "offset": offset}

    timed_query = timed(clock=clock.time)(query)
    expect(timed_query("users", limit=5), {"table": "users", "limit": 5, "offset": 0})
    expect(timed_query.timings, [0.5], "durations recorded")


def test_a_call_that_raises_is_timed_and_the_exception_propagates():
    clock = FakeClock(7.0)
    boom = TimeoutError("upstream timed out")

    @timed(clock=clock.time)
    def call_upstream():
        clock.advance(3.0)
        raise boom

    raised = expect_raises(TimeoutError, call_upstream)
    expect(raised is boom, True, "the original exception propagates")
    expect(call_upstream.timings, [3.0], "durations recorded, including the failed call")


def test_each_decorated_function_has_its_own_timings():
    clock = FakeClock()
    decorate = timed(clock=clock.time)
    fast = decorate(lambda: clock.advance(0.125))
    slow = decorate(lambda: clock.advance(4.0))
    other = timed(clock=clock.time)(lambda: clock.advance(1.0))
    fast()
    slow()
    fast()
    other()
    expect(fast.timings, [0.125, 0.125], "timings of the first function")
    expect(slow.timings, [4.0], "timings of the second function (same decorator)")
    expect(other.timings, [1.0], "timings of a function from another timed() call")


def test_a_timed_function_timed_again_keeps_its_own_list():
    clock = FakeClock(0.0)
    inner_clock = FakeClock(0.0)

    def fetch():
        clock.advance(2.0)
        inner_clock.advance(0.5)
        return "page"

    inner = timed(clock=inner_clock.time)(fetch)
    outer = timed(clock=clock.time)(inner)
    expect(outer(), "page", "result through both wrappers")
    expect(outer.timings, [2.0], "timings of the outer wrapper")
    expect(inner.timings, [0.5], "timings of the inner wrapper")
    expect(outer.timings is inner.timings, False, "the two wrappers share one timings list")


def test_recursive_calls_are_each_timed_from_their_own_start():
    clock = FakeClock(0.0)

    @timed(clock=clock.time)
    def walk(depth):
        clock.advance(1.0)
        if depth > 0:
            walk(depth - 1)
        clock.advance(0.5)

    walk(2)
    expect(walk.timings, [1.5, 3.0, 4.5], "durations, innermost call first")


def test_timed_keeps_the_metadata():
    def report(day):
        """Build the daily report."""
        return day

    wrapped = timed(clock=FakeClock().time)(report)
    expect(getattr(wrapped, "__name__", None), "report")
    expect(getattr(wrapped, "__doc__", None), "Build the daily report.")
    expect(getattr(wrapped, "__wrapped__", None) is report, True, "__wrapped__ is the original function")


def test_timer_elapsed_is_none_until_the_block_ends():
    clock = FakeClock(3.0)
    timer = Timer(clock.time)
    expect(timer.elapsed, None, "elapsed before any block")
    with timer as t:
        expect(t is timer, True, "`as` binds the Timer itself")
        clock.advance(1.0)
        expect(t.elapsed, None, "elapsed inside the first block")
    expect(timer.elapsed, 1.0, "elapsed after the block")


def test_timer_does_not_swallow_the_exception():
    clock = FakeClock(20.0)
    timer = Timer(clock.time)

    def failing_block():
        with timer:
            clock.advance(0.75)
            raise KeyError("cart")

    expect_raises(KeyError, failing_block)
    expect(timer.elapsed, 0.75, "elapsed of a block that raised")


def test_timer_can_be_reused():
    clock = FakeClock(1.0)
    timer = Timer(clock.time)
    with timer:
        clock.advance(2.0)
    expect(timer.elapsed, 2.0, "first block")
    clock.advance(100.0)
    with timer:
        clock.advance(0.5)
    expect(timer.elapsed, 0.5, "second block")


def test_instant_block_takes_zero():
    clock = FakeClock(42.0)
    with Timer(clock.time) as t:
        pass
    expect(t.elapsed, 0.0, "elapsed of a block where the clock did not move")


class TestTimerInsideTimed(unittest.TestCase):
    def test_nested_measurements_do_not_interfere(self):
        clock = FakeClock(0.0)
        outer = Timer(clock.time)

        @timed(clock=clock.time)
        def step():
            clock.advance(0.25)

        with outer as t:
            step()
            with Timer(clock.time) as inner:
                clock.advance(1.0)
            step()
        self.assertEqual(step.timings, [0.25, 0.25])
        self.assertEqual(inner.elapsed, 1.0)
        self.assertEqual(t.elapsed, 1.5)
