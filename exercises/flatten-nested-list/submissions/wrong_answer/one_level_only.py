def flatten(nested: List[Any]) -> List[int]:
    # Only removes the outermost level of nesting.
    out = []
    for item in nested:
        if isinstance(item, list):
            out.extend(item)
        else:
            out.append(item)
    return out
