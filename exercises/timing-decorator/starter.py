"""Write `timed` and `Timer` here. The tests import them with `from solution import timed, Timer`."""
import time


def timed(clock=time.perf_counter):
    """Decorator factory: the wrapper appends each call's duration (clock after minus clock
    before) to `wrapper.timings`, even when the call raises."""

    def decorator(func):
        return func

    return decorator


class Timer:
    """Context manager: `with Timer(clock) as t: ...` then `t.elapsed` is the block's duration."""

    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.elapsed = None

    def __enter__(self):
        raise NotImplementedError

    def __exit__(self, exc_type, exc, tb):
        raise NotImplementedError
