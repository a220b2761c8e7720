def flatten(nested: List[Any]) -> List[int]:
    # Skips "empty" items with a truthiness test, which also throws away every 0.
    out = []
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if not item:
                continue
            if isinstance(item, list):
                stack.append(iter(item))
                break
            out.append(item)
        else:
            stack.pop()
    return out
