# A regex per pattern, but the static text goes into it unescaped.
import re


class NotFound(Exception):
    pass


class MethodNotAllowed(Exception):
    def __init__(self, allowed):
        super().__init__(allowed)
        self.allowed = allowed


class Router:
    def __init__(self):
        self.routes = []

    def add(self, method, pattern, name):
        regex, rank, ints = "", [], set()
        for seg in pattern[1:].split("/"):
            m = re.fullmatch(r"<(?:(int):)?(\w+)>", seg)
            if m and m.group(1):
                regex += r"/(?P<%s>[0-9]+)" % m.group(2)
                rank.append(1)
                ints.add(m.group(2))
            elif m:
                regex += r"/(?P<%s>[^/]+)" % m.group(2)
                rank.append(0)
            else:
                regex += "/" + seg  # not re.escape(seg): "." or "+" in a static segment is a regex
                rank.append(2)
        self.routes.append((method, re.compile(regex), tuple(rank), len(self.routes), name, ints))

    def match(self, method, path):
        best, allowed = None, set()
        for m, rx, rank, idx, name, ints in self.routes:
            mm = rx.fullmatch(path)
            if not mm:
                continue
            allowed.add(m)
            if m == method and (best is None or (rank, -idx) > best[0]):
                params = {k: int(v) if k in ints else v for k, v in mm.groupdict().items()}
                best = ((rank, -idx), name, params)
        if best:
            return best[1], best[2]
        if allowed:
            raise MethodNotAllowed(sorted(allowed))
        raise NotFound(path)
