d = {"a": 1, "b": 2, "a": 3}
print(d, len(d))
print(d.get("z"), d.get("z", 0), "z" in d)
print(d.setdefault("a", 100), d.setdefault("c", []), d)
print(d.pop("z", "none"), d.pop("c"), list(d))
d.update({"z": 0, "a": 9})
print(d)
print(dict(zip("abc", [1, 2])))
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
