# type(item) in (list, tuple) leaves subclasses (a namedtuple, a list subclass) unexpanded.
"""Lazy building blocks for streaming jobs."""
from itertools import islice


def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    return _chunks(iter(iterable), size)


def _chunks(it, size):
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


def flatten(nested):
    # A stack of iterators instead of recursion: the depth is bounded only by memory.
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if type(item) in (list, tuple):
                stack.append(iter(item))
                break
            yield item
        else:
            stack.pop()


def pipeline(source, *stages):
    stream = source
    for stage in stages:
        stream = stage(stream)
    return iter(stream)
