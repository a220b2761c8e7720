from collections import Counter


def least_interval(tasks: List[str], n: int) -> int:
    counts = Counter(tasks).values()
    most = max(counts)  # copies of the most frequent task
    tied = sum(1 for c in counts if c == most)  # tasks with that many copies
    # The most frequent task needs most - 1 full blocks of n + 1 units, plus a last block
    # holding one copy of each tied task. If the other tasks overflow the idle slots, no idle
    # unit is needed and every unit runs a task.
    return max(len(tasks), (most - 1) * (n + 1) + tied)
