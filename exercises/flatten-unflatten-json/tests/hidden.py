import copy
import json
import random
import unittest

from grind_testing import expect, expect_raises, expect_true

from solution import flatten, unflatten

DEPTH = 10000


# ---------------------------------------------------------------- flatten


def test_flatten_keeps_every_scalar_type():
    doc = {"none": None, "t": True, "f": False, "zero": 0, "neg": -7, "pi": 3.25, "empty": "", "s": "x.y"}
    expect(flatten(doc), doc, "scalars at the top level")


def test_flatten_of_empty_dict_is_empty():
    expect(flatten({}), {})


def test_flatten_lists_of_lists_and_dicts():
    doc = {"m": [[1, 2], [3]], "rows": [{"id": 1}, {}, [], {"id": None, "tags": []}]}
    expect(flatten(doc), {"m.0.0": 1, "m.0.1": 2, "m.1.0": 3, "rows.0.id": 1, "rows.1": {}, "rows.2": [],
                          "rows.3.id": None, "rows.3.tags": []})


def test_flatten_indices_are_decimal():
    doc = {"xs": list(range(12))}
    expect(flatten(doc), {"xs.%d" % i: i for i in range(12)})


def test_flatten_rejects_key_containing_separator():
    expect_raises(ValueError, flatten, {"a.b": 1})
    expect_raises(ValueError, flatten, {"ok": {"list": [{"deep.er": 1}]}})
    expect(flatten({"a.b": {"c": 1}}, sep="/"), {"a.b/c": 1}, "'.' is allowed with sep='/'")
    expect_raises(ValueError, flatten, {"a": {"b/c": 1}}, sep="/")
    expect_raises(ValueError, flatten, {"a::b": 1}, sep="::")
    expect(flatten({"a:b": {"c": 2}}, sep="::"), {"a:b::c": 2}, "a single ':' is allowed with sep='::'")


def test_flatten_rejects_empty_key():
    expect_raises(ValueError, flatten, {"": 1})
    expect_raises(ValueError, flatten, {"a": {"": {"b": 1}}})


def test_flatten_does_not_modify_input():
    doc = {"a": {"b": [1, {"c": []}]}, "d": {}}
    before = copy.deepcopy(doc)
    flatten(doc)
    expect(doc, before, "the argument after flatten")


# ---------------------------------------------------------------- unflatten


def test_unflatten_of_empty_dict_is_empty():
    expect(unflatten({}), {})


def test_unflatten_nested_lists():
    expect(unflatten({"m.0.0": 1, "m.0.1": 2, "m.1.0": 3}), {"m": [[1, 2], [3]]})
    expect(unflatten({"rows.0.id": 1, "rows.1.id": 2, "rows.1.tags.0": "t"}),
           {"rows": [{"id": 1}, {"id": 2, "tags": ["t"]}]})


def test_unflatten_orders_lists_by_index():
    flat = {"a.2": "c", "a.0": "a", "a.1": "b"}
    expect(unflatten(flat), {"a": ["a", "b", "c"]}, "keys given out of order")
    flat = {"xs.%d" % i: i for i in range(12)}
    expect(unflatten(flat), {"xs": list(range(12))}, "indices 0..11 ('10' after '9')")


def test_unflatten_digit_keys_with_a_gap_stay_a_dict():
    expect(unflatten({"a.0": "x", "a.2": "z"}), {"a": {"0": "x", "2": "z"}})
    expect(unflatten({"a.1": "y"}), {"a": {"1": "y"}})
    expect(unflatten({"a.0": "x", "a.id": 5}), {"a": {"0": "x", "id": 5}})


def test_unflatten_leading_zero_is_not_an_index():
    expect(unflatten({"a.0": "x", "a.01": "y"}), {"a": {"0": "x", "01": "y"}})
    expect(unflatten({"a.00": "x"}), {"a": {"00": "x"}})
    expect(unflatten({"a.-0": "x"}), {"a": {"-0": "x"}})


def test_unflatten_top_level_is_never_a_list():
    expect(unflatten({"0": "a", "1": "b"}), {"0": "a", "1": "b"})
    expect(unflatten({"0.0": "a", "1.0": "b"}), {"0": ["a"], "1": ["b"]})


def test_unflatten_keeps_empty_container_values():
    expect(unflatten({"a.0": {}, "a.1": [], "b": {}}), {"a": [{}, []], "b": {}})
    expect(unflatten({"a": []}), {"a": []})


def test_unflatten_rejects_a_key_that_is_a_prefix_of_another():
    expect_raises(ValueError, unflatten, {"a": 1, "a.b": 2})
    expect_raises(ValueError, unflatten, {"a.b": 2, "a": 1})
    expect_raises(ValueError, unflatten, {"x.a": {}, "x.a.b": 1})
    expect_raises(ValueError, unflatten, {"a.b.c": 1, "a.b": None})
    expect_raises(ValueError, unflatten, {"l.0": [], "l.0.0": 1})


def test_unflatten_multichar_separator():
    flat = {"a::b": 1, "a::c::0": "x", "x:y": 2, "p.q": 3}
    expect(unflatten(flat, sep="::"), {"a": {"b": 1, "c": ["x"]}, "x:y": 2, "p.q": 3})


def test_unflatten_does_not_modify_input():
    flat = {"a.0": 1, "a.1": {}, "b.c": [], "d": None}
    before = copy.deepcopy(flat)
    unflatten(flat)
    expect(flat, before, "the argument after unflatten")


# ---------------------------------------------------------------- round trips and scale


def _random_value(rng, depth):
    r = rng.random()
    if depth == 0 or r < 0.35:
        return rng.choice([None, True, False, 0, -3, 17, 2.5, "", "x", "a.b", "0", {}, []])
    if r < 0.65:
        return [_random_value(rng, depth - 1) for _ in range(rng.randint(1, 12))]
    names = ["id", "name", "tags", "x", "y_2", "1", "01", "Key", "é"]
    return {k: _random_value(rng, depth - 1) for k in rng.sample(names, rng.randint(1, 4))}


def _has_index_like_dict(value, top=True):
    if isinstance(value, dict):
        if not top and value and set(value) == {str(i) for i in range(len(value))}:
            return True
        return any(_has_index_like_dict(v, False) for v in value.values())
    if isinstance(value, list):
        return any(_has_index_like_dict(v, False) for v in value)
    return False


class TestRoundTrips(unittest.TestCase):
    def test_unflatten_inverts_flatten(self):
        rng = random.Random(7)
        done = 0
        while done < 200:
            doc = {"root": _random_value(rng, 5), "n": rng.randint(0, 9)}
            if _has_index_like_dict(doc):
                continue
            for sep in (".", "/", "__"):
                flat = flatten(doc, sep)
                self.assertEqual(unflatten(flat, sep), doc, "sep=%r flat=%s" % (sep, json.dumps(flat)[:300]))
            done += 1

    def test_flatten_inverts_unflatten(self):
        rng = random.Random(11)
        for _ in range(200):
            doc = {"root": _random_value(rng, 5)}
            flat = flatten(doc)
            self.assertEqual(flatten(unflatten(flat)), flat)


def _deep_dict(depth):
    doc = {"leaf": "bottom", "empty": []}
    for i in range(depth - 1, -1, -1):
        doc = {"k%d" % (i % 10): doc}
    return doc


def _check_deep_dict(doc, depth):
    for i in range(depth):
        name = "k%d" % (i % 10)
        expect_true(type(doc) is dict and list(doc) == [name], "level %d should be {%r: ...}" % (i, name))
        doc = doc[name]
    expect_true(type(doc) is dict and sorted(doc) == ["empty", "leaf"], "the bottom dict has keys empty, leaf")
    expect(doc["leaf"], "bottom", "the deepest leaf")
    expect(doc["empty"], [], "the deepest empty list")


def test_deep_dict_nesting():
    prefix = ".".join("k%d" % (i % 10) for i in range(DEPTH))
    flat = flatten(_deep_dict(DEPTH))
    expect_true(type(flat) is dict and len(flat) == 2, "flatten of the deep dict has 2 entries")
    expect(sorted(flat) == [prefix + ".empty", prefix + ".leaf"], True, "the two keys are the full paths")
    _check_deep_dict(unflatten(flat), DEPTH)


def test_deep_list_nesting():
    doc = {"x": "bottom"}
    for _ in range(DEPTH):
        doc = [doc]
    doc = {"top": doc}
    key = "top." + ".".join(["0"] * DEPTH) + ".x"
    flat = flatten(doc)
    expect_true(type(flat) is dict and list(flat) == [key], "flatten of the deep list has the one key top.0.0...x")
    node = unflatten({key: "bottom"})["top"]
    for level in range(DEPTH):
        expect_true(type(node) is list and len(node) == 1, "level %d should be a list of one element" % level)
        node = node[0]
    expect(node, {"x": "bottom"}, "the bottom of the deep list")


def test_wide_records():
    n = 50000
    doc = {"u%d" % i: {"id": i, "tags": ["a", "b"]} for i in range(n)}
    flat = flatten(doc)
    expect(len(flat), 3 * n, "number of flat entries")
    expect(flat["u49999.tags.1"], "b")
    back = unflatten(flat)
    expect_true(back == doc, "unflatten(flatten(doc)) == doc for 5 * 10^4 records")
