# str.isdigit() is true for any Unicode digit ("\u0661", "\u00b2"), not only 0-9.
"""A routing table: patterns with static, <param> and <int:param> segments."""

STATIC, INT, PARAM = 2, 1, 0  # ranks: a higher rank is more specific


class NotFound(Exception):
    """No route matches the path."""


class MethodNotAllowed(Exception):
    """Routes match the path, but none for this method; `allowed` lists their methods."""

    def __init__(self, allowed):
        super().__init__("allowed: " + ", ".join(allowed))
        self.allowed = allowed


def _parse(pattern):
    segments = []
    for text in pattern[1:].split("/"):
        if text.startswith("<int:") and text.endswith(">"):
            segments.append((INT, text[5:-1]))
        elif text.startswith("<") and text.endswith(">"):
            segments.append((PARAM, text[1:-1]))
        else:
            segments.append((STATIC, text))
    return segments


def _bind(segments, parts):
    """The params if the pattern's segments match the path's parts, else None."""
    if len(segments) != len(parts):
        return None
    params = {}
    for (kind, text), part in zip(segments, parts):
        if kind == STATIC:
            if part != text:
                return None
        elif kind == INT:
            if not part.isdigit():
                return None
            params[text] = int(part)
        else:
            if not part:
                return None
            params[text] = part
    return params


class Router:
    def __init__(self):
        self._routes = []  # (method, segments, name, rank key), in insertion order

    def add(self, method, pattern, name):
        segments = _parse(pattern)
        self._routes.append((method, segments, name, tuple(kind for kind, _ in segments)))

    def match(self, method, path):
        parts = path[1:].split("/")
        best = None
        allowed = set()
        for route_method, segments, name, rank in self._routes:
            params = _bind(segments, parts)
            if params is None:
                continue
            allowed.add(route_method)
            if route_method == method and (best is None or rank > best[0]):
                best = (rank, name, params)
        if best is not None:
            return best[1], best[2]
        if allowed:
            raise MethodNotAllowed(sorted(allowed))
        raise NotFound(path)
