#!/usr/bin/env python3
"""Seeded generator for rotting-oranges (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 600613
MAX = 300


def check(grid):
    assert 1 <= len(grid) <= MAX and 1 <= len(grid[0]) <= MAX
    assert all(len(row) == len(grid[0]) and set(row) <= {0, 1, 2} for row in grid)


def random_grid(rng, rows, cols, p_empty, p_rotten):
    grid = []
    for _ in range(rows):
        row = []
        for _ in range(cols):
            x = rng.random()
            row.append(0 if x < p_empty else 2 if x < p_empty + p_rotten else 1)
        grid.append(row)
    return grid


def snake(rows, cols):
    """Fresh oranges along a winding one-cell-wide line, empty cells between its turns."""
    grid = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        if r % 2 == 0:
            grid[r] = [1] * cols
        else:
            grid[r][cols - 1 if r % 4 == 1 else 0] = 1
    return grid


def brute(grid):
    """Independent check: each fresh orange rots at its distance to the nearest rotten one,
    found by one BFS per rotten orange (small grids only)."""
    rows, cols = len(grid), len(grid[0])
    best = [[None] * cols for _ in range(rows)]
    for sr in range(rows):
        for sc in range(cols):
            if grid[sr][sc] != 2:
                continue
            dist = {(sr, sc): 0}
            queue = [(sr, sc)]
            for r, c in queue:
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and (nr, nc) not in dist:
                        dist[(nr, nc)] = dist[(r, c)] + 1
                        queue.append((nr, nc))
            for (r, c), d in dist.items():
                if best[r][c] is None or d < best[r][c]:
                    best[r][c] = d
    answer = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1:
                if best[r][c] is None:
                    return -1
                answer = max(answer, best[r][c])
    return answer


def build(ex, rng):
    def case(name, grid):
        check(grid)
        return ex.case(name, grid)

    samples = [
        case("sample-1", [[2, 1, 0, 1], [1, 1, 0, 1], [0, 1, 1, 1]]),
        case("sample-2", [[1, 0, 2], [0, 1, 1]]),
        case("sample-3", [[0, 2, 0]]),
    ]
    hidden = [
        case("single-empty-cell", [[0]]),
        case("single-fresh", [[1]]),
        case("single-rotten", [[2]]),
        case("pair", [[2, 1]]),
        case("all-empty", [[0, 0, 0], [0, 0, 0]]),
        case("fresh-but-no-rotten", [[1, 1], [1, 1]]),
        case("all-rotten", [[2, 2], [2, 2], [2, 2]]),
        case("diagonal-does-not-spread", [[2, 0], [0, 1]]),
        case("two-sources-meet", [[2, 1, 1, 1, 1, 1, 1, 2]]),
        case("second-source-is-closer", [[2, 1, 1, 1, 1, 1], [0, 0, 0, 0, 0, 1], [2, 1, 1, 1, 1, 1]]),
        case("empty-wall-blocks", [[2, 1, 0, 1, 1], [1, 1, 0, 1, 1], [1, 1, 0, 1, 2]]),
        case("island-of-fresh", [[2, 1, 1, 0, 0], [1, 1, 0, 0, 0], [0, 0, 0, 1, 1], [0, 0, 0, 1, 1]]),
        case("single-column", [[1], [1], [2], [1], [1], [1], [0], [2], [1]]),
    ]
    for k in range(4):
        hidden.append(case(f"random-small-{k}", random_grid(rng, rng.randint(2, 8), rng.randint(2, 8), 0.2, 0.1)))
    hidden.append(case("random-medium", random_grid(rng, 60, 45, 0.25, 0.01)))
    hidden.append(case("random-medium-few-gaps", random_grid(rng, 70, 50, 0.04, 0.002)))
    hidden.append(case("long-row", [[2] + [1] * (MAX - 1)]))
    # maximum crate, one rotten orange at the start of a line winding through all rows
    grid = snake(MAX, MAX)
    grid[0][0] = 2
    hidden.append(case("max-winding-line", grid))
    # full crate, rot starting in one corner
    grid = [[1] * MAX for _ in range(MAX)]
    grid[MAX - 1][MAX - 1] = 2
    hidden.append(case("max-full-one-corner", grid))
    # a full crate whose whole left column is rotten: one search per rotten orange (keeping
    # the smallest time per cell) re-explores most of the crate for each of the 300 sources
    grid = [[2] + [1] * (MAX - 1) for _ in range(MAX)]
    hidden.append(case("max-full-rotten-left-column", grid))
    # many sources in a full crate; the last orange of a winding line is cut off
    grid = snake(MAX, MAX)
    for r in range(0, MAX, 2):
        grid[r][rng.randrange(MAX)] = 2
    grid[MAX - 2][MAX - 1 if (MAX - 2) % 4 == 1 else 0] = 0
    grid[MAX - 1] = [0] * MAX
    grid[MAX - 1][MAX // 2] = 1
    hidden.append(case("max-many-sources-one-unreachable", grid))
    return samples, hidden


def small(rng):
    rows, cols = rng.randint(1, 5), rng.randint(1, 5)
    return (random_grid(rng, rows, cols, rng.choice([0.0, 0.2, 0.4]), rng.choice([0.0, 0.1, 0.3])),)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
