# Correct but slow: an unsorted list; peek and pop scan the whole list for the minimum, O(n).
class MinHeap:
    def __init__(self):
        self.items = []

    def push(self, val: int) -> None:
        self.items.append(val)

    def pop(self) -> int:
        m = min(self.items)
        self.items.remove(m)
        return m

    def peek(self) -> int:
        return min(self.items)

    def size(self) -> int:
        return len(self.items)
