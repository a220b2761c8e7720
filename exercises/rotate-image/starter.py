def rotate(matrix: List[List[int]]) -> List[List[int]]:
    """Rotate the n x n matrix 90 degrees clockwise (ideally in place) and return it."""
    return matrix
