def network_delay_time(times: List[List[int]], n: int, k: int) -> int:
    """times: one-way links [u, v, w] between nodes 1..n. Return the time when the last node
    hears a signal sent from k at time 0, or -1 if some node never hears it."""
    pass
