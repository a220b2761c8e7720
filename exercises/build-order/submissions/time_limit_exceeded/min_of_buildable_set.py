# Correct but O(n^2): keeps the buildable projects in a set and takes min() of it at every
# step. min() runs in C, but with tens of thousands of independent projects it still
# compares every pair of names.
import sys


def main() -> None:
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    names = data[2:2 + n]
    dependants = {name: [] for name in names}
    missing = dict.fromkeys(names, 0)
    for k in range(m):
        a, b = data[2 + n + 3 * k], data[2 + n + 3 * k + 2]
        dependants[a].append(b)
        missing[b] += 1
    buildable = {name for name in names if missing[name] == 0}
    order = []
    while buildable:
        pick = min(buildable)
        buildable.remove(pick)
        order.append(pick)
        for nxt in dependants[pick]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                buildable.add(nxt)
    print(" ".join(order) if len(order) == n else "CYCLE")


main()
