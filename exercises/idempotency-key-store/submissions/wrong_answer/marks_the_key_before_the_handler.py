import copy
import time


class IdempotencyStore:
    def __init__(self, ttl, clock=time.monotonic):
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self.ttl = ttl
        self.clock = clock
        self._entries = {}  # key -> [body, response, expires_at]

    def execute(self, key, request_body, handler):
        entry = self._entries.get(key)
        if entry is not None and self.clock() < entry[2]:
            if request_body != entry[0]:
                raise ValueError("conflicting body for key %r" % (key,))
            return copy.deepcopy(entry[1])
        # claim the key first, then fill in the response
        entry = self._entries[key] = [copy.deepcopy(request_body), None, self.clock() + self.ttl]
        response = handler(request_body)
        entry[1] = copy.deepcopy(response)
        entry[2] = self.clock() + self.ttl
        return response
