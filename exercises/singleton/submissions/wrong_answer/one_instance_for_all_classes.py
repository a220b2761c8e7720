import threading

_lock = threading.Lock()
_holder = []  # shared by every decorated class


def singleton(cls):
    original_init = cls.__init__

    def __new__(klass, *args, **kwargs):
        if _holder:
            return _holder[0]
        with _lock:
            if not _holder:
                instance = object.__new__(klass)
                original_init(instance, *args, **kwargs)
                _holder.append(instance)
        return _holder[0]

    def __init__(self, *args, **kwargs):
        pass

    cls.__new__ = staticmethod(__new__)
    cls.__init__ = __init__
    return cls
