import bisect


class TimeMap:
    """key -> (timestamps, values), two parallel lists kept sorted by timestamp because the
    timestamps of each key arrive in increasing order."""

    def __init__(self):
        self.history = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        times, values = self.history.setdefault(key, ([], []))
        times.append(timestamp)
        values.append(value)

    def get(self, key: str, timestamp: int) -> str:
        entry = self.history.get(key)
        if entry is None:
            return ""
        times, values = entry
        i = bisect.bisect_right(times, timestamp) - 1   # last version with time <= timestamp
        return values[i] if i >= 0 else ""
