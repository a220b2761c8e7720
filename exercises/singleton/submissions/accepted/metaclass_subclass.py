import threading


def singleton(cls):
    """Return a subclass of `cls`, made by a metaclass whose __call__ builds the instance once."""
    lock = threading.Lock()
    holder = []

    class SingletonMeta(type(cls)):
        def __call__(klass, *args, **kwargs):
            if not holder:
                with lock:
                    if not holder:
                        holder.append(super().__call__(*args, **kwargs))
            return holder[0]

    namespace = {"__doc__": cls.__doc__, "__module__": cls.__module__, "__qualname__": cls.__qualname__}
    return SingletonMeta(cls.__name__, (cls,), namespace)
