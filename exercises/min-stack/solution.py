class MinStack:
    """Each entry stores its value together with the minimum of the stack up to and including
    it, so the current minimum is always in the top entry."""

    def __init__(self):
        self.entries = []  # (value, minimum of this entry and everything below it)

    def push(self, val: int) -> None:
        low = min(val, self.entries[-1][1]) if self.entries else val
        self.entries.append((val, low))

    def pop(self) -> None:
        self.entries.pop()

    def top(self) -> int:
        return self.entries[-1][0]

    def getMin(self) -> int:
        return self.entries[-1][1]
