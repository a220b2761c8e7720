import copy
import time


class IdempotencyStore:
    def __init__(self, ttl, clock=time.monotonic):
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self.ttl = ttl
        self.clock = clock
        self._bodies = {}
        self._responses = {}
        self._expiry = {}

    def execute(self, key, request_body, handler):
        if key in self._expiry and self.clock() >= self._expiry[key]:
            for table in (self._bodies, self._responses, self._expiry):
                del table[key]
        cached = self._responses.get(key)
        if cached is not None:
            if request_body != self._bodies[key]:
                raise ValueError("conflicting body for key %r" % (key,))
            return copy.deepcopy(cached)
        body = copy.deepcopy(request_body)
        response = handler(request_body)
        self._bodies[key] = body
        self._responses[key] = copy.deepcopy(response)
        self._expiry[key] = self.clock() + self.ttl
        return response
