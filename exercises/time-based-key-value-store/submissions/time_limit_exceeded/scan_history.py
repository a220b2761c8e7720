# Correct but O(history) per get: walks every version of the key and keeps the last one that
# is not newer than the requested time.
class TimeMap:
    def __init__(self):
        self.history = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        answer = ""
        for t, v in self.history.get(key, []):
            if t <= timestamp:
                answer = v
        return answer
