"""Write the `singleton` class decorator here. The tests import it with
`from solution import singleton`."""


def singleton(cls):
    """Make every call of `cls` return one shared instance, initialised once.

    `cls` must remain a class: isinstance() and class attributes keep working.
    """
    return cls
