"""A retrying decorator with exponential backoff and an injectable sleep."""
import functools
import time


def retry(times, exceptions=(Exception,), delay=0.1, backoff=2.0, sleep=time.sleep):
    if times < 1:
        raise ValueError("times must be at least 1, got %r" % (times,))

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
                sleep(wait)
                wait *= backoff

        return wrapper

    return decorator
