"""Write `SlidingWindowLimiter` here.

The tests import it with `from solution import SlidingWindowLimiter`.
"""
import time


class SlidingWindowLimiter:
    """At most `limit` allowed requests per client in any window (t - window, t]."""

    def __init__(self, limit, window, clock=time.monotonic):
        self.limit = limit
        self.window = window
        self.clock = clock

    def allow(self, client):
        """True (and record the request) if `client` made fewer than `limit` allowed requests
        in (now - window, now]; otherwise False, recording nothing."""
        raise NotImplementedError
