def least_interval(tasks: List[str], n: int) -> int:
    """Return the fewest time units (idle included) to run all tasks, with at least n units
    between two runs of the same letter."""
    return len(tasks)
