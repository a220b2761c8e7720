# Wrong: the 1D table is updated with capacities going UP, so best[c - w] may already include the
# current item and the item gets taken again and again (that is the unbounded knapsack).
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, capacity = int(data[0]), int(data[1])
    it = map(int, data[2:2 + 2 * n])
    best = [0] * (capacity + 1)
    for w, v in zip(it, it):
        for c in range(w, capacity + 1):
            take = best[c - w] + v
            if take > best[c]:
                best[c] = take
    print(best[capacity])


main()
