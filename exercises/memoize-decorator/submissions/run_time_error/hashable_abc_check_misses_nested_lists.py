import functools
from collections.abc import Hashable
def memoize(func):
    cache = {}
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        if not all(isinstance(a, Hashable) for a in args + tuple(kwargs.values())):
            return func(*args, **kwargs)
        key = (args, tuple(sorted(kwargs.items())))
        if key in cache:
            return cache[key]
        r = func(*args, **kwargs)
        cache[key] = r
        return r
    wrapper.cache_clear = cache.clear
    return wrapper
