# Wrong: builds the graph from the rules alone, so a project that appears in no rule is never
# built (and a build with no rules prints nothing).
import sys
from heapq import heapify, heappop, heappush


def main() -> None:
    lines = sys.stdin.read().splitlines()
    n, m = map(int, lines[0].split())
    dependants = {}
    missing = {}
    for line in lines[2:2 + m]:
        a, b = line.split(" -> ")
        dependants.setdefault(a, []).append(b)
        dependants.setdefault(b, [])
        missing[b] = missing.get(b, 0) + 1
        missing.setdefault(a, 0)
    buildable = [name for name in missing if missing[name] == 0]
    heapify(buildable)
    order = []
    while buildable:
        name = heappop(buildable)
        order.append(name)
        for nxt in dependants[name]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                heappush(buildable, nxt)
    print(" ".join(order) if len(order) == len(missing) else "CYCLE")


main()
