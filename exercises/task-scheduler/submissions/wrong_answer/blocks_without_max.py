# Wrong: the block formula alone. When there are enough different tasks to fill every gap (and
# more), the schedule is simply len(tasks) long, which this can undercount.
from collections import Counter


def least_interval(tasks: List[str], n: int) -> int:
    counts = Counter(tasks).values()
    most = max(counts)
    tied = sum(1 for c in counts if c == most)
    return (most - 1) * (n + 1) + tied
