# Bug: keeps a single `minimum` that push lowers, but pop cannot raise it back, so after the
# minimum is popped getMin still reports it.
class MinStack:
    def __init__(self):
        self.values = []
        self.minimum = None

    def push(self, val: int) -> None:
        self.values.append(val)
        if self.minimum is None or val < self.minimum:
            self.minimum = val

    def pop(self) -> None:
        self.values.pop()
        if not self.values:
            self.minimum = None

    def top(self) -> int:
        return self.values[-1]

    def getMin(self) -> int:
        return self.minimum
