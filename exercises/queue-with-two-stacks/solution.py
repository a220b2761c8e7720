class MyQueue:
    """Two stacks: pushes land on `inbox`; `outbox` holds older items in reverse order, so
    its last element is the front of the queue. Items move inbox -> outbox only when outbox
    is empty, which keeps the order and moves each item at most once."""

    def __init__(self):
        self.inbox = []
        self.outbox = []

    def push(self, x: int) -> None:
        self.inbox.append(x)

    def _refill(self) -> None:
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())

    def pop(self) -> int:
        self._refill()
        return self.outbox.pop()

    def peek(self) -> int:
        self._refill()
        return self.outbox[-1]

    def empty(self) -> bool:
        return not self.inbox and not self.outbox
