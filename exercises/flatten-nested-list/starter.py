def flatten(nested: List[Any]) -> List[int]:
    """All integers of the nested list, left to right, in one flat list."""
    return []
