# Wrong: runs the tasks in rounds, each round taking every letter that still has copies in
# alphabetical order, and pads a round to n + 1 units when it is shorter. Ignoring which task
# has the most copies left wastes idle time at the end.
from collections import Counter


def least_interval(tasks: List[str], n: int) -> int:
    left = Counter(tasks)
    time = 0
    while left:
        round_tasks = sorted(left)
        for task in round_tasks:
            left[task] -= 1
            if left[task] == 0:
                del left[task]
        time += max(len(round_tasks), n + 1) if left else len(round_tasks)
    return time
