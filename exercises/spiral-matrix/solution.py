def spiral_order(matrix: List[List[int]]) -> List[int]:
    out = []
    top, bottom = 0, len(matrix) - 1
    left, right = 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):  # top row, left to right
            out.append(matrix[top][c])
        top += 1
        for r in range(top, bottom + 1):  # right column, downwards
            out.append(matrix[r][right])
        right -= 1
        if top <= bottom:  # a bottom row is left only if the ring is more than one row high
            for c in range(right, left - 1, -1):
                out.append(matrix[bottom][c])
            bottom -= 1
        if left <= right:  # a left column is left only if the ring is more than one column wide
            for r in range(bottom, top - 1, -1):
                out.append(matrix[r][left])
            left += 1
    return out
