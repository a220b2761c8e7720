def validate(schema: Dict[str, Any], payload: Any) -> List[str]:
    """Check `payload` against `schema` and return every error, sorted.

    Each error is "<path>: <message>", e.g. "$.user.age: expected integer, got string".
    An empty list means the payload is valid.
    """
    return []
