# Misreading: stores values under (key, timestamp) and only finds a version written at exactly
# the requested time.
class TimeMap:
    def __init__(self):
        self.data = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.data[(key, timestamp)] = value

    def get(self, key: str, timestamp: int) -> str:
        return self.data.get((key, timestamp), "")
