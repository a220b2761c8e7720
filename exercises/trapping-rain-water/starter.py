def trap(height: List[int]) -> int:
    """Return the total units of water held between the bars."""
    return 0
