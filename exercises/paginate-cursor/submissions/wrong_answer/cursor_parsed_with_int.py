"""A newest-first feed with keyset (cursor) pagination over (created_at, record_id)."""
import base64
import bisect
import re

_CURSOR_TEXT = re.compile(r"([0-9]+):([0-9]+)")
_B64URL = re.compile(r"[A-Za-z0-9_-]*")


def encode_cursor(created_at, record_id):
    raw = ("%d:%d" % (created_at, record_id)).encode("ascii")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def decode_cursor(cursor):
    # int() also takes signs, spaces and underscores: "-1:2" or " 5:3" pass as cursors.
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
        created_at, record_id = raw.split(":")
        return int(created_at), int(record_id)
    except Exception:
        raise ValueError("malformed cursor") from None


class Feed:
    def __init__(self):
        self._keys = []     # (created_at, record_id), ascending
        self._created = {}  # record_id -> created_at

    def insert(self, record_id, created_at):
        if record_id in self._created:
            raise ValueError("duplicate record id %r" % (record_id,))
        self._created[record_id] = created_at
        bisect.insort(self._keys, (created_at, record_id))

    def delete(self, record_id):
        created_at = self._created.pop(record_id)  # KeyError when absent
        i = bisect.bisect_left(self._keys, (created_at, record_id))
        del self._keys[i]

    def page(self, limit, cursor=None):
        if not 1 <= limit <= 1000:
            raise ValueError("limit must be between 1 and 1000")
        # Records strictly after the cursor are the keys below it, read from the top down.
        end = len(self._keys) if cursor is None else bisect.bisect_left(self._keys, decode_cursor(cursor))
        start = max(0, end - limit)
        chosen = self._keys[start:end][::-1]
        ids = [record_id for _, record_id in chosen]
        next_cursor = encode_cursor(*chosen[-1]) if chosen and start > 0 else None
        return ids, next_cursor
