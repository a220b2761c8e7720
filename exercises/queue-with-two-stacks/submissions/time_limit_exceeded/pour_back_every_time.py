# Correct but O(n) per pop/peek: pours the whole inbox into a second stack to reach the oldest
# item, then pours everything back so that pushes can continue on top.
class MyQueue:
    def __init__(self):
        self.main = []
        self.spare = []

    def push(self, x: int) -> None:
        self.main.append(x)

    def _front(self, remove):
        while self.main:
            self.spare.append(self.main.pop())
        x = self.spare.pop() if remove else self.spare[-1]
        while self.spare:
            self.main.append(self.spare.pop())
        return x

    def pop(self) -> int:
        return self._front(True)

    def peek(self) -> int:
        return self._front(False)

    def empty(self) -> bool:
        return not self.main
