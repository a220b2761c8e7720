def flatten(nested: List[Any]) -> List[int]:
    # Recursion is safe here: the depth is at most 100.
    out = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append(item)

    walk(nested)
    return out
