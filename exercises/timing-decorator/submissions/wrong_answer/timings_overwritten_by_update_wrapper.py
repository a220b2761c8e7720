import functools
import time


def timed(clock=time.perf_counter):
    def decorator(func):
        def wrapper(*args, **kwargs):
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:
                wrapper.timings.append(clock() - start)

        wrapper.timings = []
        # update_wrapper also copies func.__dict__: a func that is itself timed hands over its list.
        return functools.update_wrapper(wrapper, func)

    return decorator


class Timer:
    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.elapsed = None

    def __enter__(self):
        self._start = self.clock()
        return self

    def __exit__(self, *exc):
        self.elapsed = self.clock() - self._start
        return False
