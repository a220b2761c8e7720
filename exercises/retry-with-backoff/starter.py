"""Write `retry` here. The tests import it with `from solution import retry`."""
import time


def retry(times, exceptions=(Exception,), delay=0.1, backoff=2.0, sleep=time.sleep):
    """Return a decorator that retries the decorated function.

    `times` is the total number of attempts. Only exceptions that are instances of
    `exceptions` are retried. Between attempt k and attempt k + 1 the wrapper calls
    `sleep(delay * backoff ** (k - 1))`. When every attempt fails, the last exception
    propagates. `times < 1` raises ValueError here, at once.
    """

    def decorator(func):
        return func

    return decorator
