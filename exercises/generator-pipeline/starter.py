"""Write `chunked`, `flatten` and `pipeline` here.
The tests import them with `from solution import chunked, flatten, pipeline`."""


def chunked(iterable, size):
    """Yield the items of `iterable` in new lists of `size` items (the last may be shorter)."""
    raise NotImplementedError


def flatten(nested):
    """Yield the leaves of a list/tuple nested up to 10,000 levels deep, left to right.
    Strings, bytes, dicts, ... are leaves."""
    raise NotImplementedError


def pipeline(source, *stages):
    """Return an iterator over stages[-1](...stages[0](source)...)."""
    raise NotImplementedError
