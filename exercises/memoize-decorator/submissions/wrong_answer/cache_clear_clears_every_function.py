import functools
_CACHE = {}
def memoize(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (func, args, tuple(sorted(kwargs.items())))
        try:
            if key in _CACHE:
                return _CACHE[key]
        except TypeError:
            return func(*args, **kwargs)
        r = func(*args, **kwargs)
        _CACHE[key] = r
        return r
    wrapper.cache_clear = _CACHE.clear
    return wrapper
