"""Write `flatten` and `unflatten` here. The tests import them with
`from solution import flatten, unflatten`."""


def flatten(obj, sep="."):
    """Return a flat dict mapping each leaf's path (keys and list indices joined with `sep`)
    to the leaf. Empty dicts and lists are leaves. Raise ValueError for a key that is empty or
    contains `sep`."""
    return dict(obj)


def unflatten(flat, sep="."):
    """Rebuild the nested value from a flat dict. Dicts (below the top) whose keys are exactly
    "0".."n-1" become lists. Raise ValueError when one key is a path prefix of another."""
    return dict(flat)
