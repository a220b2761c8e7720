def rotate(matrix: List[List[int]]) -> List[List[int]]:
    n = len(matrix)
    # transpose: mirror across the main diagonal
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    # then mirror left-right: together a clockwise quarter turn
    for row in matrix:
        row.reverse()
    return matrix
