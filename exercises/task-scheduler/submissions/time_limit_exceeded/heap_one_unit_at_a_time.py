# Correct but O(answer): the usual heap-and-queue simulation that advances the clock one unit
# at a time, idle units included. Each unit is cheap, but with a cooldown of 10^4 the schedule
# can be 10^8 units long.
from collections import Counter, deque
from heapq import heapify, heappop, heappush


def least_interval(tasks: List[str], n: int) -> int:
    ready = [-c for c in Counter(tasks).values()]  # max-heap of copies left
    heapify(ready)
    cooling = deque()  # (copies left, time at which the task may run again)
    time = 0
    while ready or cooling:
        time += 1
        if ready:
            left = heappop(ready) + 1
            if left:
                cooling.append((left, time + n))
        if cooling and cooling[0][1] == time:
            heappush(ready, cooling.popleft()[0])
    return time
