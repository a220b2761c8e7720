# Bug: indexes the dict directly, so get on a key that was never set raises KeyError.
# Otherwise correct.
import bisect


class TimeMap:
    def __init__(self):
        self.history = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        times, values = self.history.setdefault(key, ([], []))
        times.append(timestamp)
        values.append(value)

    def get(self, key: str, timestamp: int) -> str:
        times, values = self.history[key]
        i = bisect.bisect_right(times, timestamp) - 1
        return values[i] if i >= 0 else ""
