# Wrong: assumes the last block holds only the single most frequent task. Every task that has
# the same highest count also runs in that last block.
from collections import Counter


def least_interval(tasks: List[str], n: int) -> int:
    most = max(Counter(tasks).values())
    return max(len(tasks), (most - 1) * (n + 1) + 1)
