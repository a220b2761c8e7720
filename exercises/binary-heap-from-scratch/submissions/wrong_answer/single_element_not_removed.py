# Special-cases a heap of one element in pop, but forgets to remove it: size stays 1 and the
# value comes back later.
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
        if len(a) == 1:
            return a[0]
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
