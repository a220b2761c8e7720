"""Write `TokenBucket` here. The tests import it with `from solution import TokenBucket`."""
import time


class TokenBucket:
    """Starts full; refills continuously at `rate` tokens per second up to `capacity`."""

    def __init__(self, rate, capacity, clock=time.monotonic):
        self.rate = rate
        self.capacity = capacity
        self.clock = clock

    def allow(self, cost=1):
        """Take `cost` tokens and return True if the bucket holds at least `cost` tokens;
        otherwise return False and take nothing."""
        raise NotImplementedError
