def singleton(cls):
    original_init = cls.__init__
    holder = []

    def __new__(klass, *args, **kwargs):
        if not holder:
            instance = object.__new__(klass)
            original_init(instance, *args, **kwargs)
            holder.append(instance)
        return holder[0]

    def __init__(self, *args, **kwargs):
        pass

    cls.__new__ = staticmethod(__new__)
    cls.__init__ = __init__
    return cls
