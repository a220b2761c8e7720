"""Write `memoize` here. The tests import it with `from solution import memoize`."""


def memoize(func):
    """Return a wrapper around `func` that caches its results by arguments.

    The wrapper keeps `func`'s name and docstring, and has a `cache_clear()` method.
    """
    return func
