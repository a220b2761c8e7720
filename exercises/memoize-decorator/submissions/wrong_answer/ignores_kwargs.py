import functools


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            if args in cache:
                return cache[args]
        except TypeError:
            return func(*args, **kwargs)
        cache[args] = func(*args, **kwargs)
        return cache[args]

    wrapper.cache_clear = cache.clear
    return wrapper
