# Bug: seeds the running minimum with a 32-bit "infinity". Values above 2**31 - 1 never become
# the minimum, so a stack holding only such values reports the sentinel.
INT_MAX = 2**31 - 1


class MinStack:
    def __init__(self):
        self.entries = []

    def push(self, val: int) -> None:
        low = self.entries[-1][1] if self.entries else INT_MAX
        self.entries.append((val, min(val, low)))

    def pop(self) -> None:
        self.entries.pop()

    def top(self) -> int:
        return self.entries[-1][0]

    def getMin(self) -> int:
        return self.entries[-1][1]
