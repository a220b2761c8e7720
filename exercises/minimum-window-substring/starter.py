def min_window(s: str, t: str) -> str:
    """Return the shortest (leftmost on ties) substring of s containing all of t, or ""."""
    return ""
