# Wrong: walks min(rows, cols) // 2 complete rings, then assumes that whatever is left in the
# middle is a row. For a matrix taller than it is wide, the leftover is a column instead.
def spiral_order(matrix: List[List[int]]) -> List[int]:
    rows, cols = len(matrix), len(matrix[0])
    out = []
    rings = min(rows, cols) // 2
    for k in range(rings):
        top, bottom, left, right = k, rows - 1 - k, k, cols - 1 - k
        for c in range(left, right):
            out.append(matrix[top][c])
        for r in range(top, bottom):
            out.append(matrix[r][right])
        for c in range(right, left, -1):
            out.append(matrix[bottom][c])
        for r in range(bottom, top, -1):
            out.append(matrix[r][left])
    if min(rows, cols) % 2 == 1:
        k = rings
        for c in range(k, cols - k):
            out.append(matrix[k][c])
    return out
