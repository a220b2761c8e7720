# Heap simulation, one block of n + 1 units at a time: in each block run up to n + 1
# different tasks, those with the most copies left first. Idle units are counted per block
# without being stepped through one by one.
from collections import Counter
from heapq import heapify, heappop, heappush


def least_interval(tasks: List[str], n: int) -> int:
    heap = [-c for c in Counter(tasks).values()]  # max-heap of remaining copies
    heapify(heap)
    time = 0
    while heap:
        ran = []
        for _ in range(n + 1):
            if not heap:
                break
            ran.append(heappop(heap) + 1)  # run one copy of this task
        for left in ran:
            if left < 0:
                heappush(heap, left)
        # a full block unless this was the last one, which ends with its last task
        time += n + 1 if heap else len(ran)
    return time
