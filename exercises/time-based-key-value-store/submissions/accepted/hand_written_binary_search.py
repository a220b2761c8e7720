# The same idea with the binary search written out: one list of (timestamp, value) per key.
class TimeMap:
    def __init__(self):
        self.history = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        versions = self.history.get(key, [])
        lo, hi = 0, len(versions) - 1
        answer = ""
        while lo <= hi:
            mid = (lo + hi) // 2
            if versions[mid][0] <= timestamp:
                answer = versions[mid][1]
                lo = mid + 1
            else:
                hi = mid - 1
        return answer
