# Wrong: takes items by the best value per unit of weight while they fit. Optimal for the
# fractional knapsack, not for whole items.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, capacity = int(data[0]), int(data[1])
    it = map(int, data[2:2 + 2 * n])
    items = sorted(zip(it, it), key=lambda item: item[1] / item[0], reverse=True)
    room, total = capacity, 0
    for w, v in items:
        if w <= room:
            room -= w
            total += v
    print(total)


main()
