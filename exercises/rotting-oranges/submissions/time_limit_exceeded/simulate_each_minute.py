# Correct but O(rows * cols * minutes): every minute scans the whole grid for fresh oranges next
# to rotten ones. A winding line of oranges takes tens of thousands of minutes.
def oranges_rotting(grid: List[List[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    state = [row[:] for row in grid]
    minutes = 0
    while True:
        to_rot = []
        fresh = 0
        for r in range(rows):
            for c in range(cols):
                if state[r][c] != 1:
                    continue
                fresh += 1
                if (r > 0 and state[r - 1][c] == 2) or (r + 1 < rows and state[r + 1][c] == 2) or \
                        (c > 0 and state[r][c - 1] == 2) or (c + 1 < cols and state[r][c + 1] == 2):
                    to_rot.append((r, c))
        if fresh == 0:
            return minutes
        if not to_rot:
            return -1
        for r, c in to_rot:
            state[r][c] = 2
        minutes += 1
