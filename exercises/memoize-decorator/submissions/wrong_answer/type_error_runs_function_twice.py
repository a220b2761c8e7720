import functools
def memoize(func):
    cache = {}
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            key = (args, frozenset(kwargs.items()))
            if key not in cache:
                cache[key] = func(*args, **kwargs)
            return cache[key]
        except TypeError:
            return func(*args, **kwargs)
    wrapper.cache_clear = cache.clear
    return wrapper
