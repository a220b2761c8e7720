# Wrong: counts every processed level and subtracts one at the end. That is right whenever
# there is at least one rotten orange, but a crate with no oranges at all (nothing in the
# queue) gives 0 - 1 = -1 instead of 0.
from collections import deque


def oranges_rotting(grid: List[List[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    state = [row[:] for row in grid]
    fresh = sum(row.count(1) for row in state)
    queue = deque((r, c) for r in range(rows) for c in range(cols) if state[r][c] == 2)
    levels = 0
    while queue:
        for _ in range(len(queue)):
            r, c = queue.popleft()
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 1:
                    state[nr][nc] = 2
                    fresh -= 1
                    queue.append((nr, nc))
        levels += 1
    if fresh > 0:
        return -1
    return levels - 1
