"""A memoizing decorator: one cache per decorated function, keyed by the call's arguments."""
import functools


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        try:
            if key in cache:
                return cache[key]
        except TypeError:  # an unhashable argument: no caching for this call
            return func(*args, **kwargs)
        result = func(*args, **kwargs)
        cache[key] = result
        return result

    wrapper.cache_clear = cache.clear
    return wrapper
