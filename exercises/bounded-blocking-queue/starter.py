"""Write `BoundedBlockingQueue` here. The tests import it with
`from solution import BoundedBlockingQueue`."""


class BoundedBlockingQueue:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []

    def put(self, item):
        """Add `item` at the back; block while the queue is full."""
        self.items.append(item)

    def get(self):
        """Remove and return the front item; block while the queue is empty."""
        return self.items.pop(0)

    def size(self):
        return len(self.items)
