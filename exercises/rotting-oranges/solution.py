def oranges_rotting(grid: List[List[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    state = [row[:] for row in grid]  # work on a copy: the caller's grid stays as it was
    fresh = 0
    frontier = []
    for r in range(rows):
        for c in range(cols):
            if state[r][c] == 1:
                fresh += 1
            elif state[r][c] == 2:
                frontier.append((r, c))

    # breadth-first search from all rotten oranges at once, one level per minute
    minutes = 0
    while frontier and fresh:
        minutes += 1
        rotted = []
        for r, c in frontier:
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 1:
                    state[nr][nc] = 2
                    fresh -= 1
                    rotted.append((nr, nc))
        frontier = rotted
    return minutes if fresh == 0 else -1
