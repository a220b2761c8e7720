# In place, ring by ring: every cell of a ring's top edge starts a cycle of four cells.
def rotate(matrix: List[List[int]]) -> List[List[int]]:
    n = len(matrix)
    for i in range(n // 2):
        last = n - 1 - i
        for j in range(i, last):
            offset = j - i
            top = matrix[i][j]
            matrix[i][j] = matrix[last - offset][i]              # left -> top
            matrix[last - offset][i] = matrix[last][last - offset]  # bottom -> left
            matrix[last][last - offset] = matrix[j][last]        # right -> bottom
            matrix[j][last] = top                                # top -> right
    return matrix
