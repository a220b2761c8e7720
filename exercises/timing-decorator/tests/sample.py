from grind_testing import FakeClock, expect

from solution import Timer, timed


def test_timed_records_each_call():
    clock = FakeClock(100.0)

    @timed(clock=clock.time)
    def handle(seconds):
        clock.advance(seconds)
        return "handled"

    expect(handle(0.25), "handled")
    expect(handle(1.5), "handled")
    expect(handle.timings, [0.25, 1.5], "durations recorded")


def test_timer_measures_the_block():
    clock = FakeClock(50.0)
    with Timer(clock.time) as t:
        clock.advance(2.75)
    expect(t.elapsed, 2.75, "elapsed")
