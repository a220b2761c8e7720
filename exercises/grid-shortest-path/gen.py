#!/usr/bin/env python3
"""Seeded generator for grid-shortest-path: writes tests/sample and tests/hidden.

python3 gen.py             rewrite every test (the .ans files come from solution.py)
python3 gen.py --stress N  compare solution.py with the brute force on N small random cases
"""
import argparse
import io
import random
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

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


HERE = Path(__file__).resolve().parent


def run_reference(text: str) -> str:
    """Run solution.py as the judge would: a separate process reading stdin."""
    result = subprocess.run(
        [sys.executable, str(HERE / "solution.py")],
        input=text.encode(), stdout=subprocess.PIPE, check=True,
    )
    return result.stdout.decode()


def run_in_process(path: Path, text: str) -> str:
    """Run a stdio script in this process (much faster than a subprocess, for --stress)."""
    old_in, old_out = sys.stdin, sys.stdout
    out = io.BytesIO()
    fake_out = io.TextIOWrapper(out, encoding="utf-8")
    sys.stdin = io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8")
    sys.stdout = fake_out
    try:
        runpy.run_path(str(path), run_name="__main__")
    finally:
        sys.stdin, sys.stdout = old_in, old_out
    fake_out.flush()
    result = out.getvalue().decode()
    fake_out.detach()
    return result


def write_cases(folder: str, cases: list[str]) -> None:
    target = HERE / "tests" / folder
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for number, text in enumerate(cases, 1):
        name = f"{number:02d}"
        (target / f"{name}.in").write_text(text, newline="\n")
        (target / f"{name}.ans").write_text(run_reference(text), newline="\n")


def stress(count: int) -> None:
    rng = random.Random(SEED + 1)
    reference = HERE / "solution.py"
    brute = HERE / "submissions" / "time_limit_exceeded" / "brute.py"
    for i in range(count):
        text = small_case(rng)
        want = run_in_process(brute, text)
        got = run_in_process(reference, text)
        if got.split() != want.split():
            print(f"stress case {i + 1} differs\n--- input ---\n{text}--- reference ---\n{got}"
                  f"--- brute ---\n{want}", file=sys.stderr)
            sys.exit(1)
    print(f"stress ok: {count} cases")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stress", type=int, metavar="N",
                        help="compare solution.py with the brute force on N small random cases")
    args = parser.parse_args()
    if args.stress is not None:
        stress(args.stress)
        return
    write_cases("sample", SAMPLES)
    write_cases("hidden", hidden_cases(random.Random(SEED)))


if __name__ == "__main__":
    main()
