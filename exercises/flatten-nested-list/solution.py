def flatten(nested: List[Any]) -> List[int]:
    # A stack of iterators instead of recursion: each list and each integer is visited once.
    out = []
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))
                break
            out.append(item)
        else:
            stack.pop()
    return out
