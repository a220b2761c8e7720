# Correct but O(answer * 26): steps through the schedule one time unit at a time, idle units
# included, each time running the available task with the most copies left. The answer can be
# about 10^7 units.
from collections import Counter


def least_interval(tasks: List[str], n: int) -> int:
    left = Counter(tasks)
    next_free = {task: 0 for task in left}
    remaining = len(tasks)
    time = 0
    while remaining:
        pick = None
        for task, copies in left.items():
            if copies and next_free[task] <= time and (pick is None or copies > left[pick]):
                pick = task
        if pick is not None:
            left[pick] -= 1
            remaining -= 1
            next_free[pick] = time + n + 1
        time += 1
    return time
