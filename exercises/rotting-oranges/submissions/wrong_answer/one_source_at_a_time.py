# Wrong: runs a separate breadth-first search from each rotten orange in turn, sharing the
# "already rotten" marks. The first search claims oranges that a later source reaches sooner,
# so their times are too large.
from collections import deque


def oranges_rotting(grid: List[List[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    state = [row[:] for row in grid]
    sources = [(r, c) for r in range(rows) for c in range(cols) if state[r][c] == 2]
    minutes = 0
    for sr, sc in sources:
        queue = deque([(sr, sc, 0)])
        while queue:
            r, c, t = queue.popleft()
            minutes = max(minutes, t)
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 1:
                    state[nr][nc] = 2
                    queue.append((nr, nc, t + 1))
    if any(1 in row for row in state):
        return -1
    return minutes
