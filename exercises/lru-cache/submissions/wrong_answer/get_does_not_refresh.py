# Bug: get reads the value but does not count as a use, so the cache evicts in insertion /
# update order rather than in order of last use.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key: int) -> int:
        return self.data.get(key, -1)

    def put(self, key: int, value: int) -> None:
        if key in self.data:
            self.data.move_to_end(key)
        elif len(self.data) == self.capacity:
            self.data.popitem(last=False)
        self.data[key] = value
