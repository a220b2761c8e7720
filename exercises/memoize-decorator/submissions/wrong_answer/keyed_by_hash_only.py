import functools
def memoize(func):
    cache = {}
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            key = hash((args, tuple(sorted(kwargs.items()))))
        except TypeError:
            return func(*args, **kwargs)
        if key in cache:
            return cache[key]
        r = func(*args, **kwargs)
        cache[key] = r
        return r
    wrapper.cache_clear = cache.clear
    return wrapper
