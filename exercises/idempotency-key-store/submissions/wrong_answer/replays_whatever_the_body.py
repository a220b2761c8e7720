import copy
import time


class _Entry:
    __slots__ = ("body", "response", "expires_at")

    def __init__(self, body, response, expires_at):
        self.body = body
        self.response = response
        self.expires_at = expires_at


class IdempotencyStore:
    def __init__(self, ttl, clock=time.monotonic):
        if ttl <= 0:
            raise ValueError("ttl must be positive, got %r" % (ttl,))
        self.ttl = ttl
        self.clock = clock
        self._entries = {}

    def execute(self, key, request_body, handler):
        entry = self._entries.get(key)
        if entry is not None and self.clock() >= entry.expires_at:
            del self._entries[key]
            entry = None
        if entry is not None:
            return copy.deepcopy(entry.response)
        body = copy.deepcopy(request_body)  # as the caller sent it, before the handler can touch it
        response = handler(request_body)  # if it raises, nothing is stored
        self._entries[key] = _Entry(body, copy.deepcopy(response), self.clock() + self.ttl)
        return response
