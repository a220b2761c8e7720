"""Write `require_role`, `repeat` and `CountCalls` here.

The tests import them with `from solution import require_role, repeat, CountCalls`.
"""


def require_role(*roles):
    """Decorator factory: the call goes through only if `user` (first argument, or the
    keyword `user`) has at least one of `roles`; otherwise PermissionError. No roles at all:
    ValueError at once."""

    def decorator(func):
        return func

    return decorator


def repeat(n):
    """Decorator factory: the wrapper calls the function `n` times and returns the list of
    results. n < 0: ValueError at once."""

    def decorator(func):
        return func

    return decorator


class CountCalls:
    """Class-based decorator counting the calls in `self.calls`. Works on methods too."""

    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        raise NotImplementedError
