# repeat(0) takes a shortcut that returns a bare lambda: the metadata of the function is lost.
"""Decorator factories with arguments, and a class-based decorator that counts calls."""
import functools
import types


def require_role(*roles):
    if not roles:
        raise ValueError("require_role needs at least one role")
    allowed = set(roles)

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if "user" in kwargs:
                user = kwargs["user"]
            elif args:
                user = args[0]
            else:
                user = None
            if user is None or allowed.isdisjoint(user.roles):
                raise PermissionError("%s requires one of the roles %s" % (func.__name__, sorted(allowed)))
            return func(*args, **kwargs)

        return wrapper

    return decorator


def repeat(n):
    if n < 0:
        raise ValueError("repeat needs n >= 0, got %r" % (n,))

    if n == 0:
        return lambda func: (lambda *args, **kwargs: [])

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(n)]

        return wrapper

    return decorator


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        # Looked up on an instance: bind it, as a plain function would be bound.
        if obj is None:
            return self
        return types.MethodType(self, obj)
