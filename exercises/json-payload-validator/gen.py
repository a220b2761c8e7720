#!/usr/bin/env python3
"""Seeded generator for json-payload-validator (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240902

USER = {"type": "object",
        "properties": {"name": {"type": "string", "min_length": 1},
                       "age": {"type": "integer", "minimum": 0}},
        "required": ["name", "age"]}
ORDER = {"type": "object",
         "properties": {
             "id": {"type": "integer"},
             "items": {"type": "array", "min_length": 1,
                       "items": {"type": "object",
                                 "properties": {"sku": {"type": "string"},
                                                "qty": {"type": "integer", "minimum": 1}},
                                 "required": ["sku", "qty"],
                                 "additional": False}}},
         "required": ["id", "items"],
         "additional": False}


def obj(props, required=(), additional=None):
    s = {"type": "object", "properties": props, "required": list(required)}
    if additional is not None:
        s["additional"] = additional
    return s


S = {"type": "string"}
I = {"type": "integer"}
N = {"type": "number"}
B = {"type": "boolean"}
Z = {"type": "null"}

NAMES = ["id", "name", "age", "tags", "user", "items", "qty", "sku", "meta", "note", "a", "b", "x_1"]
SCALARS = ["string", "integer", "number", "boolean", "null"]


def rand_schema(rng, depth):
    kinds = SCALARS + (["object", "array"] * 2 if depth > 0 else [])
    t = rng.choice(kinds)
    s = {"type": t}
    if t in ("string", "array"):
        if rng.random() < 0.4:
            s["min_length"] = rng.randint(0, 2)
        if rng.random() < 0.4:
            s["max_length"] = s.get("min_length", 0) + rng.randint(0, 3)
    if t in ("integer", "number"):
        if rng.random() < 0.4:
            s["minimum"] = rng.randint(-3, 3)
        if rng.random() < 0.4:
            s["maximum"] = s.get("minimum", -3) + rng.randint(0, 6)
    if t == "array" and rng.random() < 0.85:
        s["items"] = rand_schema(rng, depth - 1)
    if t == "object":
        names = rng.sample(NAMES, rng.randint(0, 4))
        s["properties"] = {n: rand_schema(rng, depth - 1) for n in names}
        if names and rng.random() < 0.7:
            s["required"] = rng.sample(names, rng.randint(1, len(names)))
        if rng.random() < 0.6:
            s["additional"] = rng.random() < 0.5
    return s


def rand_scalar(rng):
    return rng.choice([None, True, False, 0, 1, -2, 3, 7, 1.0, 2.5, -0.5, 3.0, "", "a", "xyz", "1"])


def rand_value(rng, s, depth=6):
    """A value close to `s`: mostly conforming, sometimes off by one rule."""
    if rng.random() < 0.12 or depth == 0:
        return rand_scalar(rng) if rng.random() < 0.8 else rng.choice([[], {}, [1], {"a": 1}])
    t = s["type"]
    if t == "null":
        return None
    if t == "boolean":
        return rng.random() < 0.5
    if t in ("integer", "number"):
        lo, hi = s.get("minimum", -5) - 1, s.get("maximum", 5) + 1
        v = rng.randint(lo, hi)
        if t == "number" and rng.random() < 0.5:
            v = v + rng.choice([0.0, 0.5, -0.25])
        return v
    if t == "string":
        lo, hi = s.get("min_length", 0), s.get("max_length", 4)
        n = rng.randint(max(0, lo - 1), hi + 1)
        return "".join(rng.choice("abé日") for _ in range(n))
    if t == "array":
        lo, hi = s.get("min_length", 0), s.get("max_length", 4)
        n = rng.randint(max(0, lo - 1), hi + 1)
        item = s.get("items", {"type": rng.choice(SCALARS)})
        return [rand_value(rng, item, depth - 1) for _ in range(n)]
    props = s.get("properties", {})
    out = {}
    for name, sub in props.items():
        if name in s.get("required", []) and rng.random() < 0.85 or rng.random() < 0.6:
            out[name] = rand_value(rng, sub, depth - 1)
    if rng.random() < 0.3:
        out[rng.choice(["extra", "note", "zz", "A"])] = rand_scalar(rng)
    return out


def build(ex, rng):
    samples = [
        ex.case("sample-1", USER, {"name": "Ada", "age": 36}),
        ex.case("sample-2", USER, {"name": "", "age": True, "email": "ada@example.com"}),
        ex.case("sample-3", ORDER, {"id": 7.0,
                                    "items": [{"sku": "A1", "qty": 2}, {"sku": None, "qty": 0, "note": "gift"},
                                              {"qty": 1}],
                                    "coupon": "SPRING"}),
    ]
    hidden = [
        ex.case("empty-object-valid", obj({}), {}),
        ex.case("root-type-mismatch", USER, ["Ada", 36]),
        ex.case("array-of-arrays-types", {"type": "array", "items": {"type": "array"}},
                [[], [1, "x"], {}, "[]", None]),
        ex.case("root-array-element-types", {"type": "array", "items": I}, [1, "2", 3.5, True, None, -7, False]),
        ex.case("number-accepts-ints-not-bools", obj({"a": N, "b": N, "c": N, "d": N, "e": N}),
                {"a": 1, "b": 2.5, "c": True, "d": "1", "e": -0.0}),
        ex.case("boolean-rejects-numbers", obj({"on": B, "off": B, "flag": B}), {"on": True, "off": 0, "flag": 1.0}),
        ex.case("integer-rejects-whole-floats", obj({"count": I, "page": I, "size": I}),
                {"count": 3.0, "page": 2, "size": -0.0}),
        ex.case("bool-not-integer-nested",
                obj({"user": obj({"age": I, "admin": B}, ["age"]), "scores": {"type": "array", "items": I}}),
                {"user": {"age": False, "admin": 1}, "scores": [10, True, 9]}),
        ex.case("null-present-is-not-missing",
                obj({"name": S, "nick": S, "deleted_at": Z, "parent": Z}, ["name", "deleted_at"]),
                {"name": None, "nick": None, "deleted_at": None}),
        ex.case("null-required-all-missing", obj({"a": S, "b": I, "c": Z}, ["a", "b", "c"], False), {}),
        ex.case("null-schema", {"type": "array", "items": Z}, [None, 0, "", False, [], {}]),
        ex.case("additional-default-and-false",
                obj({"meta": obj({"x": I}), "strict": obj({"x": I}, [], False)}, [], True),
                {"meta": {"x": 1, "extra": 2}, "strict": {"x": 1, "extra": 2, "more": None}, "top": 3}),
        ex.case("unexpected-fields-not-validated", obj({"a": I}, ["a"], False),
                {"a": 1, "b": "x", "c": {"d": 1}}),
        ex.case("bounds-inclusive",
                obj({"s": {"type": "string", "min_length": 2, "max_length": 2},
                     "n": {"type": "number", "minimum": -3, "maximum": 5},
                     "i": {"type": "integer", "minimum": 0, "maximum": 0},
                     "l": {"type": "array", "min_length": 1, "max_length": 3}}),
                {"s": "ab", "n": 5, "i": 0, "l": [1, 2, 3]}),
        ex.case("bounds-violated",
                {"type": "array",
                 "items": obj({"s": {"type": "string", "min_length": 2, "max_length": 3},
                               "n": {"type": "number", "minimum": -3, "maximum": 5},
                               "l": {"type": "array", "min_length": 1, "max_length": 2, "items": S}})},
                [{"s": "a", "n": -3.5, "l": []}, {"s": "abcd", "n": 5.25, "l": ["a", 2, "c"]},
                 {"s": "abc", "n": 2.5, "l": ["x"]}]),
        ex.case("length-counts-characters",
                obj({"city": {"type": "string", "max_length": 5}, "jp": {"type": "string", "min_length": 2,
                                                                          "max_length": 2}}),
                {"city": "Zürich", "jp": "日本"}),
        ex.case("type-error-stops-descent", obj({"user": obj({"id": I, "name": S}, ["id", "name"], False)}, ["user"]),
                {"user": "ada"}),
        ex.case("index-sort-is-string-order", {"type": "array", "items": S}, [str(i) if i % 4 else i for i in range(14)]),
        ex.case("nested-arrays", {"type": "array", "items": {"type": "array", "items": N, "max_length": 2}},
                [[1, 2], [3, "x"], [], [True, None, 1.5]]),
        ex.case("array-without-items-schema", obj({"any": {"type": "array", "min_length": 4}}),
                {"any": [1, "two", None, {"x": []}]}),
        ex.case("zero-bounds",
                obj({"s": {"type": "string", "max_length": 0}, "l": {"type": "array", "max_length": 0},
                     "lo": {"type": "integer", "minimum": 0}, "hi": {"type": "number", "maximum": 0},
                     "ok": {"type": "string", "min_length": 0, "max_length": 0}}),
                {"s": "x", "l": [None], "lo": -1, "hi": 0.5, "ok": ""}),
    ]
    # 50 levels of nesting with problems at the bottom.
    schema = obj({"leaf": {"type": "integer", "maximum": 9}, "tag": S}, ["leaf", "tag"], False)
    value = {"leaf": 10, "other": 1}
    for depth in range(49):
        name = "n%d" % (depth % 7)
        schema = obj({name: schema}, [name])
        value = {name: value}
    hidden.append(ex.case("depth-50", schema, value))
    k = 0
    while k < 6:
        schema = rand_schema(rng, 4)
        if schema["type"] not in ("object", "array"):
            continue
        case = ex.case(f"random-{k}", schema, rand_value(rng, schema))
        if 2 <= len(case["expected"]) <= 20:
            hidden.append(case)
            k += 1
    # Large: many records, a few of them broken in different ways.
    item = obj({"id": I, "email": {"type": "string", "min_length": 3}, "score": {"type": "number", "minimum": 0},
                "tags": {"type": "array", "items": S, "max_length": 3}}, ["id", "email"], False)
    rows = []
    for i in range(6000):
        row = {"id": i, "email": "u%d@x" % i, "score": rng.choice([0, 1.5, 99]), "tags": ["a"]}
        r = rng.random()
        if r < 0.01:
            row["id"] = float(i)
        elif r < 0.02:
            row["score"] = True
        elif r < 0.03:
            row["email"] = None
        elif r < 0.04:
            del row["email"]
        elif r < 0.05:
            row["tags"] = ["a", "b", 3, "d"]
        elif r < 0.06:
            row["x"] = 1
        rows.append(row)
    hidden.append(ex.case("large-records", {"type": "array", "items": item}, rows))
    return samples, hidden


def small(rng):
    schema = rand_schema(rng, rng.randint(0, 3))
    return schema, rand_value(rng, schema)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/accepted/iterative_stack.py")
