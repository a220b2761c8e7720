# Correct but O(2^n * n): tries every subset of the items.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, capacity = int(data[0]), int(data[1])
    it = map(int, data[2:2 + 2 * n])
    items = list(zip(it, it))
    best = 0
    for mask in range(1 << n):
        weight = value = 0
        for i in range(n):
            if mask >> i & 1:
                weight += items[i][0]
                value += items[i][1]
        if weight <= capacity and value > best:
            best = value
    print(best)


main()
