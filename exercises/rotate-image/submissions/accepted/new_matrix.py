# Not in place, but accepted: builds the rotated matrix. Reading the rows from the bottom up,
# column by column, gives the rows of the result.
def rotate(matrix: List[List[int]]) -> List[List[int]]:
    return [list(column) for column in zip(*matrix[::-1])]
