#!/usr/bin/env python3
"""Seeded generator for number-of-islands (see tools/gen/genlib.py for the command line)."""
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 5150

SAMPLES = [
    "4 6\n110001\n110011\n001000\n000110\n",
    "3 3\n101\n010\n101\n",
    "1 5\n00000\n",
]


def render(grid):
    return f"{len(grid)} {len(grid[0])}\n" + "\n".join("".join(row) for row in grid) + "\n"


def parse(rows):
    return [list(r) for r in rows]


def filled(rows, cols, ch):
    return [[ch] * cols for _ in range(rows)]


def random_grid(rng, rows, cols, density):
    return [["1" if rng.random() < density else "0" for _ in range(cols)] for _ in range(rows)]


def snake(rows, cols):
    """Land rows on even lines, joined by one cell at alternating ends: one island, one path."""
    grid = filled(rows, cols, "0")
    for r in range(rows):
        if r % 2 == 0:
            grid[r] = ["1"] * cols
        else:
            grid[r][cols - 1 if r % 4 == 1 else 0] = "1"
    return grid


def vertical_snake(rows, cols):
    """The snake turned on its side: land columns joined at alternating ends."""
    grid = filled(rows, cols, "0")
    for c in range(cols):
        for r in range(rows):
            if c % 2 == 0 or r == (rows - 1 if c % 4 == 1 else 0):
                grid[r][c] = "1"
    return grid


def spiral(n):
    """A one-cell-wide spiral corridor of land, walls of water between the turns."""
    grid = filled(n, n, "0")
    r, c = 0, 0
    dr, dc = 0, 1
    grid[0][0] = "1"
    while True:
        moved = False
        for _ in range(2):  # try to go straight, else turn right once
            nr, nc = r + 2 * dr, c + 2 * dc
            if 0 <= nr < n and 0 <= nc < n and grid[nr][nc] == "0" and \
                    all(not (0 <= nr + a < n and 0 <= nc + b < n) or grid[nr + a][nc + b] == "0"
                        or (nr + a, nc + b) == (r + dr, c + dc)
                        for a, b in ((0, 1), (1, 0), (0, -1), (-1, 0))):
                grid[r + dr][c + dc] = "1"
                grid[nr][nc] = "1"
                r, c = nr, nc
                moved = True
                break
            dr, dc = dc, -dr
        if not moved:
            break
    return grid


def hidden_cases(rng):
    cases = []
    cases.append(("single-water", "1 1\n0\n"))
    cases.append(("single-land", "1 1\n1\n"))
    cases.append(("all-water", render(filled(4, 7, "0"))))
    cases.append(("all-land", render(filled(6, 5, "1"))))
    cases.append(("checkerboard", render([["1" if (r + c) % 2 == 0 else "0" for c in range(9)]
                                          for r in range(8)])))
    cases.append(("diagonal-staircase", render(parse(["1000000", "0100000", "0010000",
                                                      "0001000", "0000100", "0000010"]))))
    cases.append(("u-shape", render(parse(["10001", "10001", "10101", "11111"]))))
    cases.append(("staircase-one-island", render(parse(["00011", "00110", "01100", "11000"]))))
    cases.append(("comb", render(parse(["1010101", "1010101", "1111111", "0000000", "1111111",
                                        "0101010"]))))
    cases.append(("ring-with-island-inside", render(parse(["1111111", "1000001", "1010101",
                                                           "1000001", "1111111"]))))
    cases.append(("single-row", render([list("1101001110100011")])))
    cases.append(("single-column", render([[ch] for ch in "1101001110100011"])))
    cases.append(("long-row", render([["1" if (c // 3) % 2 == 0 else "0" for c in range(1000)]])))
    cases.append(("long-column", render([["1" if (r % 7) != 3 else "0"] for r in range(1000)])))
    for k in range(3):
        rows, cols = rng.randint(5, 20), rng.randint(5, 20)
        cases.append((f"random-small-{k}", render(random_grid(rng, rows, cols, rng.choice([0.3, 0.5, 0.6])))))
    cases.append(("random-medium", render(random_grid(rng, 60, 80, 0.55))))
    cases.append(("spiral", render(spiral(99))))
    cases.append(("vertical-snake", render(vertical_snake(150, 300))))
    # about percolation density: many islands of every size
    cases.append(("random-large-dense", render(random_grid(rng, 300, 300, 0.59))))
    cases.append(("max-snake", render(snake(1000, 1000))))
    # one island of 250 000 cells: union-find without path compression builds chains that are
    # walked again for every cell of the next row
    cases.append(("wide-all-land", render(filled(250, 1000, "1"))))
    return cases


def small_case(rng):
    rows, cols = rng.randint(1, 7), rng.randint(1, 7)
    return render(random_grid(rng, rows, cols, rng.choice([0.0, 0.3, 0.5, 0.7, 1.0])))


if __name__ == "__main__":
    genlib.StdioExercise(__file__).main(SAMPLES, hidden_cases, SEED, stress=small_case,
                                        brute="submissions/accepted/union_find.py")
