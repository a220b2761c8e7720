def spiral_order(matrix: List[List[int]]) -> List[int]:
    """Return the elements of matrix in clockwise spiral order, from the top-left corner."""
    return [x for row in matrix for x in row]
