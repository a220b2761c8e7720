# Event simulation: a max-heap of tasks that may run now and a queue of tasks cooling down
# (with the time they become available). When nothing can run, time jumps straight to the
# end of the earliest cooldown instead of stepping through idle units.
from collections import Counter, deque
from heapq import heapify, heappop, heappush


def least_interval(tasks: List[str], n: int) -> int:
    ready = [-c for c in Counter(tasks).values()]
    heapify(ready)
    cooling = deque()  # (time the task may run again, negated copies left)
    time = 0
    while ready or cooling:
        if not ready:
            time = max(time, cooling[0][0])
        while cooling and cooling[0][0] <= time:
            heappush(ready, cooling.popleft()[1])
        left = heappop(ready) + 1
        time += 1
        if left < 0:
            cooling.append((time + n, left))
    return time
