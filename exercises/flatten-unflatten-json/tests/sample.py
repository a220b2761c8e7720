from grind_testing import expect

from solution import flatten, unflatten


def test_flatten_nested_dicts_and_lists():
    doc = {"user": {"name": "Ada", "tags": ["x", "y"]}, "active": True}
    expect(flatten(doc), {"user.name": "Ada", "user.tags.0": "x", "user.tags.1": "y", "active": True})


def test_unflatten_rebuilds_lists():
    flat = {"user.name": "Ada", "user.tags.0": "x", "user.tags.1": "y", "active": True}
    expect(unflatten(flat), {"user": {"name": "Ada", "tags": ["x", "y"]}, "active": True})


def test_empty_containers_are_leaves():
    doc = {"prefs": {}, "history": [], "n": 0}
    expect(flatten(doc), {"prefs": {}, "history": [], "n": 0})
    expect(unflatten({"prefs": {}, "history": [], "n": 0}), doc)


def test_custom_separator():
    expect(flatten({"a": {"b": [1]}}, sep="/"), {"a/b/0": 1})
    expect(unflatten({"a/b/0": 1}, sep="/"), {"a": {"b": [1]}})
