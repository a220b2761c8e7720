import threading
def singleton(cls):
    orig_init = cls.__init__
    lock = threading.RLock()
    cls._instance = None
    def __new__(klass, *a, **k):
        with lock:
            if cls._instance is None:
                cls._instance = object.__new__(klass)
                cls._instance._ready = False
            return cls._instance
    def __init__(self, *a, **k):
        with lock:
            if not self._ready:
                orig_init(self, *a, **k)
                self._ready = True
    cls.__new__ = staticmethod(__new__)
    cls.__init__ = __init__
    return cls
