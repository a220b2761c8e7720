import functools

_cache = {}


def memoize(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        try:
            if key in _cache:
                return _cache[key]
        except TypeError:
            return func(*args, **kwargs)
        _cache[key] = func(*args, **kwargs)
        return _cache[key]

    wrapper.cache_clear = _cache.clear
    return wrapper
