# Wrong: rotates the four quadrants by starting a four-cell cycle at every cell of the top-left
# (n // 2) x (n // 2) block. That covers every cell when n is even, but for odd n the cells of
# the middle row and column never move.
def rotate(matrix: List[List[int]]) -> List[List[int]]:
    n = len(matrix)
    for i in range(n // 2):
        for j in range(n // 2):
            top = matrix[i][j]
            matrix[i][j] = matrix[n - 1 - j][i]
            matrix[n - 1 - j][i] = matrix[n - 1 - i][n - 1 - j]
            matrix[n - 1 - i][n - 1 - j] = matrix[j][n - 1 - i]
            matrix[j][n - 1 - i] = top
    return matrix
