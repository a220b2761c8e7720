# Wrong: returns the number of minutes the spreading lasted without checking whether some fresh
# orange was never reached (that must give -1).
from collections import deque


def oranges_rotting(grid: List[List[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    state = [row[:] for row in grid]
    queue = deque((r, c, 0) for r in range(rows) for c in range(cols) if state[r][c] == 2)
    minutes = 0
    while queue:
        r, c, t = queue.popleft()
        minutes = max(minutes, t)
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 1:
                state[nr][nc] = 2
                queue.append((nr, nc, t + 1))
    return minutes
