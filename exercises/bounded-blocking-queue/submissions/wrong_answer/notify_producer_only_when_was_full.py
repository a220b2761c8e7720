# Notifies a producer only when the get made a full queue non-full: two gets in a row wake one
# producer, and the other keeps waiting on a queue with room.
"""A bounded blocking FIFO queue: one lock, two conditions on it (room for producers, items for
consumers), and `while` loops around every wait."""
import threading
from collections import deque


class BoundedBlockingQueue:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._capacity = capacity
        self._items = deque()
        lock = threading.Lock()
        self._not_full = threading.Condition(lock)
        self._not_empty = threading.Condition(lock)

    def put(self, item):
        with self._not_full:
            while len(self._items) >= self._capacity:
                self._not_full.wait()
            self._items.append(item)
            self._not_empty.notify()

    def get(self):
        with self._not_empty:
            while not self._items:
                self._not_empty.wait()
            item = self._items.popleft()
            if len(self._items) == self._capacity - 1:  # only a full queue can have waiting producers
                self._not_full.notify()
            return item

    def size(self):
        with self._not_full:
            return len(self._items)
