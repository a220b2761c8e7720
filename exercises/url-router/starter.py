"""Write the router here. The tests import `from solution import Router, NotFound, MethodNotAllowed`."""


class NotFound(Exception):
    """Raised by match when no pattern matches the path."""


class MethodNotAllowed(Exception):
    """Raised by match when patterns match the path but none for the method.
    `allowed` is the sorted list of their methods."""

    def __init__(self, allowed):
        super().__init__(allowed)
        self.allowed = allowed


class Router:
    def __init__(self):
        pass

    def add(self, method, pattern, name):
        """Register `name` for `method` requests whose path matches `pattern`."""

    def match(self, method, path):
        """Return (name, params) of the best route, or raise NotFound / MethodNotAllowed."""
        raise NotFound(path)
