import threading


def singleton(cls):
    original_init = cls.__init__
    lock = threading.RLock()
    holder = []

    def __new__(klass, *args, **kwargs):
        with lock:
            if not holder:
                instance = object.__new__(klass)
                instance._initialized = False
                holder.append(instance)
            return holder[0]

    def __init__(self, *args, **kwargs):
        with lock:
            if self._initialized:
                return
            self._initialized = True  # set too early: a failing __init__ is never retried
            original_init(self, *args, **kwargs)

    cls.__new__ = staticmethod(__new__)
    cls.__init__ = __init__
    return cls
