def is_palindrome(s: str) -> bool:
    """Return True if s reads the same both ways, looking only at letters and digits
    and ignoring case."""
    pass
