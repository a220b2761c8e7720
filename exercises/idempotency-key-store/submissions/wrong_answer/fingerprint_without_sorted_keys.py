"""An idempotency-key store: one handler run per key, replayed while the entry lives."""
import copy
import hashlib
import json
import time


class _Entry:
    __slots__ = ("body", "response", "expires_at")

    def __init__(self, body, response, expires_at):
        self.body = body
        self.response = response
        self.expires_at = expires_at


def _fingerprint(body):
    # json.dumps keeps the dict's insertion order: the same body with its keys in another order
    # gets another fingerprint.
    return hashlib.sha256(json.dumps(body).encode("utf-8")).hexdigest()


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
            if _fingerprint(request_body) != entry.body:
                raise ValueError("idempotency key %r was already used with a different request body" % (key,))
            return copy.deepcopy(entry.response)
        body = _fingerprint(request_body)  # a hash of the body as the caller sent it
        response = handler(request_body)  # if it raises, nothing is stored
        self._entries[key] = _Entry(body, copy.deepcopy(response), self.clock() + self.ttl)
        return response
