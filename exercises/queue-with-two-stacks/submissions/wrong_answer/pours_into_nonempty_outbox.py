# Bug: pours the inbox into the outbox on EVERY pop/peek, even when the outbox still holds
# older items. Newer items then land on top of older ones and come out first.
class MyQueue:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def push(self, x: int) -> None:
        self.inbox.append(x)

    def _pour(self):
        while self.inbox:
            self.outbox.append(self.inbox.pop())

    def pop(self) -> int:
        self._pour()
        return self.outbox.pop()

    def peek(self) -> int:
        self._pour()
        return self.outbox[-1]

    def empty(self) -> bool:
        return not self.inbox and not self.outbox
