import functools
import types


def require_role(*roles):
    if not roles:
        raise ValueError("no roles")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            user = kwargs["user"] if "user" in kwargs else (args[0] if args else None)
            if user is None or not any(role in user.roles for role in roles):
                raise PermissionError("forbidden")
            return func(*args, **kwargs)

        return wrapper

    return decorator


def repeat(n):
    if n < 0:
        raise ValueError("n < 0")

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
        result = self.func(*args, **kwargs)
        self.calls += 1
        return result

    def __get__(self, obj, objtype=None):
        return self if obj is None else types.MethodType(self, obj)
