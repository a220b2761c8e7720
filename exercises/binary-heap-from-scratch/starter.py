class MinHeap:
    def __init__(self):
        pass

    def push(self, val: int) -> None:
        pass

    def pop(self) -> int:
        """Remove and return the smallest value."""
        pass

    def peek(self) -> int:
        """Return the smallest value without removing it."""
        pass

    def size(self) -> int:
        pass
