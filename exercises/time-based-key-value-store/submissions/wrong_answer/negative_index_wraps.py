# Bug: bisect finds the right position, but when every version is newer than the requested
# time the index is -1, and values[-1] quietly returns the LATEST value instead of "".
import bisect


class TimeMap:
    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.times:
            return ""
        i = bisect.bisect_right(self.times[key], timestamp) - 1
        return self.values[key][i]
