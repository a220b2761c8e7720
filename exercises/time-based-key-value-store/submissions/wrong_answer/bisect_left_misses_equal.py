# Off-by-one: bisect_left stops BEFORE an equal timestamp, so a version set exactly at the
# requested time is skipped and the previous one (or "") is returned.
import bisect


class TimeMap:
    def __init__(self):
        self.history = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        times, values = self.history.setdefault(key, ([], []))
        times.append(timestamp)
        values.append(value)

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.history:
            return ""
        times, values = self.history[key]
        i = bisect.bisect_left(times, timestamp) - 1
        return values[i] if i >= 0 else ""
