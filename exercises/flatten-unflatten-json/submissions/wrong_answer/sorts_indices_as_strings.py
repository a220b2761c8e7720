# Checks the keys correctly but orders the list by the key strings.
"""Flatten nested JSON into path keys and back. Both directions are iterative, so nesting
deeper than the recursion limit works."""


def flatten(obj, sep="."):
    out = {}
    stack = [(None, obj)]  # (path of the value or None for the top, value)
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict) and value:
            for key, child in value.items():
                if key == "" or sep in key:
                    raise ValueError("key %r is empty or contains the separator %r" % (key, sep))
                stack.append((key if path is None else path + sep + key, child))
        elif isinstance(value, list) and value:
            for i, child in enumerate(value):
                stack.append((str(i) if path is None else path + sep + str(i), child))
        elif path is not None:
            out[path] = value
    return out


def _as_list(node):
    """The values of `node` in index order if its keys are exactly "0".."n-1", else None."""
    n = len(node)
    if n == 0:
        return None
    if set(node) != {str(i) for i in range(n)}:
        return None
    return [node[key] for key in sorted(node)]  # "10" sorts before "2"


def unflatten(flat, sep="."):
    root = {}
    built = [(None, None, root)]  # (parent, key in parent, dict) in creation order
    containers = {id(root)}       # the dicts built here, as opposed to {} leaf values
    for key, value in flat.items():
        parts = key.split(sep)
        node = root
        for part in parts[:-1]:
            child = node.get(part)
            if child is None and part not in node:
                child = {}
                node[part] = child
                containers.add(id(child))
                built.append((node, part, child))
            elif id(child) not in containers:
                raise ValueError("%r runs through the leaf at %r" % (key, part))
            node = child
        last = parts[-1]
        if last in node:
            raise ValueError("%r is both a leaf and a container" % key)
        node[last] = value
    for parent, key, node in reversed(built[1:]):  # children before parents
        values = _as_list(node)
        if values is not None:
            parent[key] = values
    return root
