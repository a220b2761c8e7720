# Wrong: the ring-by-ring four-way swap with one offset too many per ring. The last offset
# starts the same four-cell cycle as the first (the ring's corners), so the corners turn twice.
def rotate(matrix: List[List[int]]) -> List[List[int]]:
    n = len(matrix)
    for i in range(n // 2):
        last = n - 1 - i
        for j in range(i, last + 1):
            offset = j - i
            top = matrix[i][j]
            matrix[i][j] = matrix[last - offset][i]
            matrix[last - offset][i] = matrix[last][last - offset]
            matrix[last][last - offset] = matrix[j][last]
            matrix[j][last] = top
    return matrix
