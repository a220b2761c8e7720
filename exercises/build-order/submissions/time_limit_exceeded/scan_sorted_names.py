# Correct but O(n^2): keeps the names sorted and, at every step, scans them from the start for
# the first one that is not built and has no missing prerequisite.
import sys


def main() -> None:
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    names = sorted(data[2:2 + n])
    dependants = {name: [] for name in names}
    missing = dict.fromkeys(names, 0)
    for k in range(m):
        a, b = data[2 + n + 3 * k], data[2 + n + 3 * k + 2]
        dependants[a].append(b)
        missing[b] += 1
    built = set()
    order = []
    for _ in range(n):
        pick = None
        for name in names:
            if name not in built and missing[name] == 0:
                pick = name
                break
        if pick is None:
            print("CYCLE")
            return
        built.add(pick)
        order.append(pick)
        for nxt in dependants[pick]:
            missing[nxt] -= 1
    print(" ".join(order))


main()
