# An independent implementation: an explicit stack instead of recursion, type tables instead
# of an if-chain. The generator's stress test compares it with the reference.
TYPE_NAMES = {type(None): "null", bool: "boolean", int: "integer", float: "number",
              str: "string", list: "array", dict: "object"}
ACCEPTS = {"null": {"null"}, "boolean": {"boolean"}, "integer": {"integer"},
           "number": {"integer", "number"}, "string": {"string"}, "array": {"array"},
           "object": {"object"}}


def validate(schema, payload):
    out = []
    stack = [(schema, payload, "$")]
    while stack:
        s, v, p = stack.pop()
        got = TYPE_NAMES[type(v)]
        if got not in ACCEPTS[s["type"]]:
            out.append(f"{p}: expected {s['type']}, got {got}")
            continue
        lo, hi = s.get("min_length"), s.get("max_length")
        if got in ("string", "array"):
            if lo is not None and len(v) < lo:
                out.append(f"{p}: shorter than min_length {lo}")
            if hi is not None and len(v) > hi:
                out.append(f"{p}: longer than max_length {hi}")
        lo, hi = s.get("minimum"), s.get("maximum")
        if got in ("integer", "number"):
            if lo is not None and v < lo:
                out.append(f"{p}: below minimum {lo}")
            if hi is not None and v > hi:
                out.append(f"{p}: above maximum {hi}")
        if got == "array" and "items" in s:
            stack.extend((s["items"], x, f"{p}[{i}]") for i, x in enumerate(v))
        if got == "object":
            props = s.get("properties", {})
            out.extend(f"{p}.{k}: missing required field" for k in s.get("required", []) if k not in v)
            for k, x in v.items():
                if k in props:
                    stack.append((props[k], x, f"{p}.{k}"))
                elif s.get("additional") is False:
                    out.append(f"{p}.{k}: unexpected field")
    out.sort()
    return out
