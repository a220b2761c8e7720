class MinHeap:
    """Array-backed binary min-heap: children of i at 2i+1 and 2i+2, parent at (i-1)//2."""

    def __init__(self):
        self.a: List[int] = []

    def push(self, val: int) -> None:
        a = self.a
        a.append(val)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[parent] <= val:
                break
            a[i] = a[parent]  # move the parent down, the new value keeps rising
            i = parent
        a[i] = val

    def pop(self) -> int:
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            n = len(a)
            i = 0
            while True:
                child = 2 * i + 1
                if child >= n:
                    break
                if child + 1 < n and a[child + 1] < a[child]:
                    child += 1
                if a[child] >= last:
                    break
                a[i] = a[child]  # move the smaller child up, the hole sinks
                i = child
            a[i] = last
        return top

    def peek(self) -> int:
        return self.a[0]

    def size(self) -> int:
        return len(self.a)
