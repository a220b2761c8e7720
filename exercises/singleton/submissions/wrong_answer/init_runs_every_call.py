import threading


def singleton(cls):
    lock = threading.Lock()
    holder = []

    def __new__(klass, *args, **kwargs):
        with lock:
            if not holder:
                holder.append(object.__new__(klass))
        return holder[0]

    # __init__ is left alone: Python calls it on the returned instance at every Config(...)
    cls.__new__ = staticmethod(__new__)
    return cls
