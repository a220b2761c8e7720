# Wrong: the right greedy, but it prints whatever it managed to build, even when projects on a
# loop were never built and the answer must be CYCLE.
import sys
from heapq import heapify, heappop, heappush


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
    buildable = [name for name in names if missing[name] == 0]
    heapify(buildable)
    order = []
    while buildable:
        name = heappop(buildable)
        order.append(name)
        for nxt in dependants[name]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                heappush(buildable, nxt)
    print(" ".join(order))


main()
