# Bug: the stack of minimums only grows when a value is STRICTLY smaller than the current
# minimum. A second copy of the minimum is not recorded, so popping one copy loses the minimum
# while the other copy is still in the stack: getMin then answers a larger value, or, when the
# lost minimum was the only entry, indexes an empty list (IndexError). The crash decides the
# verdict (run-time errors outrank wrong answers).
class MinStack:
    def __init__(self):
        self.values = []
        self.mins = []

    def push(self, val: int) -> None:
        self.values.append(val)
        if not self.mins or val < self.mins[-1]:
            self.mins.append(val)

    def pop(self) -> None:
        if self.values.pop() == self.mins[-1]:
            self.mins.pop()

    def top(self) -> int:
        return self.values[-1]

    def getMin(self) -> int:
        return self.mins[-1]
