def largest_rectangle_area(heights: List[int]) -> int:
    """Return the area of the largest rectangle that fits inside the histogram."""
    pass
