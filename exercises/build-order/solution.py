import sys
from heapq import heapify, heappop, heappush


def main() -> None:
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    names = data[2:2 + n]
    dependants = {name: [] for name in names}  # dependants[a]: projects that need a first
    missing = dict.fromkeys(names, 0)  # prerequisites not built yet, one per rule
    rules = data[2 + n:2 + n + 3 * m]  # tokens: a, "->", b, a, "->", b, ...
    for k in range(0, 3 * m, 3):
        a, b = rules[k], rules[k + 2]
        dependants[a].append(b)
        missing[b] += 1

    buildable = [name for name in names if missing[name] == 0]
    heapify(buildable)
    order = []
    while buildable:
        name = heappop(buildable)  # the alphabetically smallest buildable project
        order.append(name)
        for nxt in dependants[name]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                heappush(buildable, nxt)
    # projects on (or behind) a loop never become buildable
    print(" ".join(order) if len(order) == n else "CYCLE")


main()
