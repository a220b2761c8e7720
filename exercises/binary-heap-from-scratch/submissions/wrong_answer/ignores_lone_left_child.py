# Sift-down only looks at nodes that have BOTH children (while 2i + 2 < n): the last parent,
# whose only child is a left child, is never compared with it.
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
            while 2 * i + 2 < n:
                child = 2 * i + 1
                if a[child + 1] < a[child]:
                    child += 1
                if a[child] >= a[i]:
                    break
                a[i], a[child] = a[child], a[i]
                i = child
        return top

    def peek(self) -> int:
        return self.a[0]

    def size(self) -> int:
        return len(self.a)
