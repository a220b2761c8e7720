import json

data = {1: "one", "1": "uno", "pt": (1, 2), "x": float("nan"), "ok": True, "no": None}
text = json.dumps(data)
print(text)

back = json.loads(text)
print(back)
print(back == data, type(back["pt"]).__name__)

print(json.dumps({"b": "é", "a": (1,)}, sort_keys=True, separators=(",", ":")))
