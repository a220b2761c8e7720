# Wrong: sorts the projects that are buildable at the start, then uses a FIFO queue. A project
# freed later is appended at the back even when it is alphabetically smaller than projects
# still waiting in the queue.
import sys
from collections import deque


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
    queue = deque(sorted(name for name in names if missing[name] == 0))
    order = []
    while queue:
        name = queue.popleft()
        order.append(name)
        for nxt in sorted(dependants[name]):
            missing[nxt] -= 1
            if missing[nxt] == 0:
                queue.append(nxt)
    print(" ".join(order) if len(order) == n else "CYCLE")


main()
