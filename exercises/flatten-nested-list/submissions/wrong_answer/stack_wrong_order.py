def flatten(nested: List[Any]) -> List[int]:
    # A plain stack pops the LAST pushed element first, so pushing a list's items in order
    # reads them right to left.
    out = []
    stack = list(nested)
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        else:
            out.append(item)
    return out
