import functools
def memoize(func):
    cache = {}
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = args + tuple(sorted(kwargs.items()))
        try:
            hit = key in cache
        except TypeError:
            return func(*args, **kwargs)
        if hit:
            return cache[key]
        r = func(*args, **kwargs)
        cache[key] = r
        return r
    wrapper.cache_clear = cache.clear
    return wrapper
