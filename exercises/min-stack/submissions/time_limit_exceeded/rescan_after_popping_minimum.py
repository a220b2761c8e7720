# Correct but pop is O(n) in the worst case: keeps one "current minimum" and rescans the whole
# stack whenever the popped value equals it. Popping many copies of the minimum rescans again
# and again.
class MinStack:
    def __init__(self):
        self.values = []
        self.minimum = None

    def push(self, val: int) -> None:
        self.values.append(val)
        if self.minimum is None or val < self.minimum:
            self.minimum = val

    def pop(self) -> None:
        val = self.values.pop()
        if val == self.minimum:
            self.minimum = min(self.values) if self.values else None

    def top(self) -> int:
        return self.values[-1]

    def getMin(self) -> int:
        return self.minimum
