# The classic `a[0] = a.pop()`: when the heap holds one element, a.pop() empties the list and
# the assignment to a[0] raises IndexError.
class MinHeap:
    def __init__(self):
        self.a = []

    def push(self, val: int) -> None:
        a = self.a
        a.append(val)
        i = len(a) - 1
        while i > 0 and a[(i - 1) // 2] > a[i]:
            p = (i - 1) // 2
            a[i], a[p] = a[p], a[i]
            i = p

    def pop(self) -> int:
        a = self.a
        top = a[0]
        a[0] = a.pop()
        i, n = 0, len(a)
        while True:
            small, left, right = i, 2 * i + 1, 2 * i + 2
            if left < n and a[left] < a[small]:
                small = left
            if right < n and a[right] < a[small]:
                small = right
            if small == i:
                break
            a[i], a[small] = a[small], a[i]
            i = small
        return top

    def peek(self) -> int:
        return self.a[0]

    def size(self) -> int:
        return len(self.a)
