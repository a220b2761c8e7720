def decode_string(s: str) -> str:
    """Expand every k[...] group of s (k copies of the bracketed text) and return the result."""
    pass
