# Recursive in both directions: correct, but nesting 10 000 deep exceeds the recursion limit.


def flatten(obj, sep="."):
    out = {}

    def walk(value, path):
        if isinstance(value, dict) and value:
            for key, child in value.items():
                if key == "" or sep in key:
                    raise ValueError("bad key %r" % key)
                walk(child, key if path is None else path + sep + key)
        elif isinstance(value, list) and value:
            for i, child in enumerate(value):
                walk(child, str(i) if path is None else path + sep + str(i))
        elif path is not None:
            out[path] = value

    walk(obj, None)
    return out


class _Node(dict):
    """A dict built by unflatten (as opposed to a {} leaf value)."""


def _finish(node):
    for key, child in list(node.items()):
        if type(child) is _Node:
            node[key] = _finish_child(child)
    return dict(node)


def _finish_child(node):
    done = _finish(node)
    if done and set(done) == {str(i) for i in range(len(done))}:
        return [done[str(i)] for i in range(len(done))]
    return done


def unflatten(flat, sep="."):
    root = _Node()
    for key, value in flat.items():
        parts = key.split(sep)
        node = root
        for part in parts[:-1]:
            if part not in node:
                node[part] = _Node()
            elif type(node[part]) is not _Node:
                raise ValueError("conflict at %r" % key)
            node = node[part]
        if parts[-1] in node:
            raise ValueError("conflict at %r" % key)
        node[parts[-1]] = value
    return _finish(root)
