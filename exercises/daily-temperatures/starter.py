def daily_temperatures(temperatures: List[int]) -> List[int]:
    """For each day, return how many days later a strictly warmer day comes (0 if never)."""
    pass
