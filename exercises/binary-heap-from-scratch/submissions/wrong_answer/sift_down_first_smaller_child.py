# Sift-down swaps with the LEFT child whenever it is smaller than the current value, without
# checking whether the right child is smaller still: the heap order breaks.
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
        last = a.pop()
        if a:
            a[0] = last
            i, n = 0, len(a)
            while True:
                left, right = 2 * i + 1, 2 * i + 2
                if left < n and a[left] < a[i]:
                    child = left
                elif right < n and a[right] < a[i]:
                    child = right
                else:
                    break
                a[i], a[child] = a[child], a[i]
                i = child
        return top

    def peek(self) -> int:
        return self.a[0]

    def size(self) -> int:
        return len(self.a)
