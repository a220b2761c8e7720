import threading
from collections import deque


class BoundedBlockingQueue:
    """Producers and consumers wait on ONE condition, and each change wakes one waiter: it may
    be a thread of the wrong kind, which goes back to sleep, and the wake-up is lost. A call
    then blocks forever; the tests give up on it after a second or two (a wrong answer)."""

    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.items = deque()
        self.changed = threading.Condition()

    def put(self, item):
        with self.changed:
            while len(self.items) >= self.capacity:
                self.changed.wait()
            self.items.append(item)
            self.changed.notify()

    def get(self):
        with self.changed:
            while not self.items:
                self.changed.wait()
            item = self.items.popleft()
            self.changed.notify()
            return item

    def size(self):
        with self.changed:
            return len(self.items)
