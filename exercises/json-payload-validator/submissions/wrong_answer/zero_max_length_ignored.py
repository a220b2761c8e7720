def json_type(value: Any) -> str:
    """The JSON type name of a value decoded by json.loads."""
    if value is None:
        return "null"
    if isinstance(value, bool):  # before int: bool is a subclass of int
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def check(schema: Dict[str, Any], value: Any, path: str, errors: List[str]) -> None:
    want, got = schema["type"], json_type(value)
    if not (want == got or (want == "number" and got == "integer")):
        errors.append("%s: expected %s, got %s" % (path, want, got))
        return
    if want in ("string", "array"):
        if "min_length" in schema and len(value) < schema["min_length"]:
            errors.append("%s: shorter than min_length %d" % (path, schema["min_length"]))
        if schema.get("max_length") and len(value) > schema["max_length"]:
            errors.append("%s: longer than max_length %d" % (path, schema["max_length"]))
    if want in ("integer", "number"):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append("%s: below minimum %d" % (path, schema["minimum"]))
        if "maximum" in schema and value > schema["maximum"]:
            errors.append("%s: above maximum %d" % (path, schema["maximum"]))
    if want == "array" and "items" in schema:
        for i, item in enumerate(value):
            check(schema["items"], item, "%s[%d]" % (path, i), errors)
    if want == "object":
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                errors.append("%s.%s: missing required field" % (path, name))
        for name, item in value.items():
            if name in properties:
                check(properties[name], item, "%s.%s" % (path, name), errors)
            elif not schema.get("additional", True):
                errors.append("%s.%s: unexpected field" % (path, name))


def validate(schema: Dict[str, Any], payload: Any) -> List[str]:
    errors: List[str] = []
    check(schema, payload, "$", errors)
    return sorted(errors)
