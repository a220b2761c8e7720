#!/usr/bin/env python3
"""Seeded generator for grid-shortest-path (see tools/gen/genlib.py for the command line)."""
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 77031

SAMPLES = [
    "3 4\nS..#\n.#..\n...T\n",
    "3 3\nS.#\n.##\n##T\n",
    "2 2\nS#\n.T\n",
]


def render(grid: list[list[str]]) -> str:
    return f"{len(grid)} {len(grid[0])}\n" + "\n".join("".join(row) for row in grid) + "\n"


def place(grid: list[list[str]], start: tuple[int, int], target: tuple[int, int]) -> list[list[str]]:
    grid[start[0]][start[1]] = "S"
    grid[target[0]][target[1]] = "T"
    return grid


def random_grid(rng: random.Random, rows: int, cols: int, wall: float) -> list[list[str]]:
    grid = [["#" if rng.random() < wall else "." for _ in range(cols)] for _ in range(rows)]
    start, target = rng.sample([(r, c) for r in range(rows) for c in range(cols)], 2)
    return place(grid, start, target)


def open_grid(rows: int, cols: int) -> list[list[str]]:
    return [["."] * cols for _ in range(rows)]


def serpentine(rows: int, cols: int) -> list[list[str]]:
    """Horizontal corridors on even rows, joined by one gap at alternating ends: one long path."""
    grid = open_grid(rows, cols)
    for r in range(1, rows, 2):
        grid[r] = ["#"] * cols
        if r + 1 < rows:
            grid[r][cols - 1 if r % 4 == 1 else 0] = "."
    return grid


def hidden_cases(rng: random.Random) -> list[str]:
    cases = []
    # 01-02: the smallest grids, S next to T
    cases.append(render([["S", "T"]]))
    cases.append(render([["T"], ["S"]]))
    # 03: a single row with a wall in the way
    cases.append(render([list("S.#.T")]))
    # 04-05: walls that only a diagonal move could slip through
    cases.append(render([list("S#."), list("#.#"), list("..T")]))
    cases.append(render([list(".S#"), list("##T"), list("...")]))
    # 06: T walled in on an open grid
    grid = open_grid(8, 8)
    for r, c in ((4, 5), (6, 5), (5, 4), (5, 6)):
        grid[r][c] = "#"
    cases.append(render(place(grid, (0, 0), (5, 5))))
    # 07: S walled in at a corner
    grid = open_grid(6, 9)
    grid[0][1] = grid[1][0] = grid[1][1] = "#"
    cases.append(render(place(grid, (0, 0), (5, 8))))
    # 08-10: small and medium random grids
    cases.append(render(random_grid(rng, 6, 7, 0.2)))
    cases.append(render(random_grid(rng, 40, 60, 0.3)))
    cases.append(render(random_grid(rng, 200, 150, 0.2)))
    # 11-12: one-cell-wide corridors of maximum length
    grid = open_grid(1, 1000)
    cases.append(render(place(grid, (0, 0), (0, 999))))
    grid = open_grid(1000, 1)
    cases.append(render(place(grid, (999, 0), (0, 0))))
    # 13: maximum open grid, opposite corners (a diagonal walk would be twice too short)
    cases.append(render(place(open_grid(1000, 1000), (0, 0), (999, 999))))
    # 14: maximum serpentine maze, S and T at the two ends of a path of about 500000 steps
    cases.append(render(place(serpentine(999, 1000), (0, 0), (998, 999))))
    # 15: the same maze with the last gap closed: BFS explores everything, the answer is -1
    grid = serpentine(999, 1000)
    grid[995][0] = "#"
    cases.append(render(place(grid, (0, 0), (998, 0))))
    # 16: large random grid with T far from S
    grid = random_grid(rng, 1000, 1000, 0.3)
    for row in grid:
        for c, cell in enumerate(row):
            if cell in "ST":
                row[c] = "."
    cases.append(render(place(grid, (0, rng.randrange(1000)), (999, rng.randrange(1000)))))
    return cases


def small_case(rng: random.Random) -> str:
    rows, cols = rng.randint(1, 7), rng.randint(1, 7)
    if rows * cols < 2:
        cols = 2
    return render(random_grid(rng, rows, cols, rng.choice([0.0, 0.2, 0.4, 0.6])))


if __name__ == "__main__":
    genlib.StdioExercise(__file__).main(SAMPLES, hidden_cases, SEED, stress=small_case,
                                        brute="submissions/time_limit_exceeded/brute.py")
