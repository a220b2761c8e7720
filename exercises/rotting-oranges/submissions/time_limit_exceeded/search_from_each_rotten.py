# Correct but O(sources * rows * cols): one breadth-first search per rotten orange, keeping for
# every cell the smallest time any source reaches it with. A later search only continues through
# cells it improves, but with a whole column of rotten oranges each search still improves (and
# re-explores) a large part of the crate.
from collections import deque


def oranges_rotting(grid: List[List[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    best = [[-1] * cols for _ in range(rows)]
    for sr in range(rows):
        for sc in range(cols):
            if grid[sr][sc] != 2:
                continue
            queue = deque([(sr, sc, 0)])
            while queue:
                r, c, t = queue.popleft()
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and \
                            (best[nr][nc] == -1 or t + 1 < best[nr][nc]):
                        best[nr][nc] = t + 1
                        queue.append((nr, nc, t + 1))
    minutes = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1:
                if best[r][c] == -1:
                    return -1
                minutes = max(minutes, best[r][c])
    return minutes
