# Textbook heap with explicit swaps and helper methods.
class MinHeap:
    def __init__(self):
        self.a = []

    def _up(self, i):
        a = self.a
        while i > 0:
            p = (i - 1) // 2
            if a[p] <= a[i]:
                return
            a[i], a[p] = a[p], a[i]
            i = p

    def _down(self, i):
        a, n = self.a, len(self.a)
        while True:
            small, left, right = i, 2 * i + 1, 2 * i + 2
            if left < n and a[left] < a[small]:
                small = left
            if right < n and a[right] < a[small]:
                small = right
            if small == i:
                return
            a[i], a[small] = a[small], a[i]
            i = small

    def push(self, val: int) -> None:
        self.a.append(val)
        self._up(len(self.a) - 1)

    def pop(self) -> int:
        a = self.a
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        self._down(0)
        return top

    def peek(self) -> int:
        return self.a[0]

    def size(self) -> int:
        return len(self.a)
