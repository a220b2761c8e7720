import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, capacity = int(data[0]), int(data[1])
    it = map(int, data[2:2 + 2 * n])
    # best[c] = largest value of the items seen so far with total weight <= c
    best = [0] * (capacity + 1)
    for w, v in zip(it, it):
        if w > capacity:
            continue
        # The new best[c] for c >= w is max(best[c], best[c - w] + v). The comprehension reads
        # only the old list (best[c - w] is paired with best[c] by the zip), so the item is used
        # at most once, exactly like a loop running from capacity down to w.
        best[w:] = [a if a >= (b := c + v) else b for a, c in zip(best[w:], best)]
    print(best[capacity])


main()
