# Bug: updating an existing key changes its value but does not make it the most recently used.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key: int, value: int) -> None:
        if key in self.data:
            self.data[key] = value  # assignment keeps the old position
            return
        if len(self.data) == self.capacity:
            self.data.popitem(last=False)
        self.data[key] = value
