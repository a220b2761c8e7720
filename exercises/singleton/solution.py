"""A singleton class decorator that keeps the class a class.

The decorator changes `cls` in place: its `__new__` builds and initialises the one instance the
first time (under a lock, storing it only once `__init__` succeeded), and its `__init__` becomes a
no-op so that `type.__call__`'s automatic call to it never resets the state."""
import threading


def singleton(cls):
    original_new = cls.__new__
    original_init = cls.__init__
    lock = threading.Lock()
    holder = []

    def __new__(klass, *args, **kwargs):
        if holder:  # fast path, no lock once the instance exists
            return holder[0]
        with lock:
            if not holder:
                if original_new is object.__new__:
                    instance = object.__new__(klass)
                else:
                    instance = original_new(klass, *args, **kwargs)
                original_init(instance, *args, **kwargs)
                holder.append(instance)
        return holder[0]

    def __init__(self, *args, **kwargs):
        pass  # the real __init__ ran once, inside __new__

    cls.__new__ = staticmethod(__new__)
    cls.__init__ = __init__
    return cls
