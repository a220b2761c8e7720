#!/usr/bin/env python3
"""Seeded generator for spiral-matrix (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 1357


def check(matrix):
    assert 1 <= len(matrix) <= 100 and 1 <= len(matrix[0]) <= 100
    assert all(len(row) == len(matrix[0]) for row in matrix)
    assert all(-1000 <= x <= 1000 for row in matrix for x in row)


def numbered(rows, cols):
    return [[r * cols + c + 1 for c in range(cols)] for r in range(rows)]


def random_matrix(rng, rows, cols, lo=-1000, hi=1000):
    return [[rng.randint(lo, hi) for _ in range(cols)] for _ in range(rows)]


def brute(matrix):
    """Peel the top row, then rotate what is left counterclockwise, until nothing is left."""
    out = []
    m = [row[:] for row in matrix]
    while m:
        out.extend(m.pop(0))
        m = [list(col) for col in zip(*m)][::-1]
    return out


def build(ex, rng):
    def case(name, matrix):
        check(matrix)
        return ex.case(name, matrix)

    samples = [
        case("sample-1", numbered(3, 3)),
        case("sample-2", numbered(3, 4)),
        case("sample-3", [[3], [1], [2]]),
    ]
    hidden = [
        case("one-element", [[-7]]),
        case("single-row", [[5, -2, 9, 0, 4]]),
        case("single-column", [[5], [-2], [9], [0], [4]]),
        case("two-by-two", [[1, 2], [3, 4]]),
        case("four-by-three", numbered(4, 3)),
        case("three-by-five", numbered(3, 5)),
        case("five-by-three", numbered(5, 3)),
        case("two-by-five", numbered(2, 5)),
        case("five-by-two", numbered(5, 2)),
        case("seven-by-three", numbered(7, 3)),
        case("four-by-four", numbered(4, 4)),
        case("five-by-five", numbered(5, 5)),
        case("all-equal", [[0] * 6 for _ in range(4)]),
        case("extremes", [[1000, -1000], [-1000, 1000], [1000, -1000]]),
    ]
    for k in range(3):
        hidden.append(case(f"random-small-{k}", random_matrix(rng, rng.randint(2, 9), rng.randint(2, 9))))
    hidden.append(case("long-row", random_matrix(rng, 1, 100)))
    hidden.append(case("long-column", random_matrix(rng, 100, 1)))
    hidden.append(case("tall-odd-width", random_matrix(rng, 100, 37)))
    hidden.append(case("wide-odd-height", random_matrix(rng, 37, 100)))
    hidden.append(case("max-square", random_matrix(rng, 100, 100)))
    hidden.append(case("max-almost-square", random_matrix(rng, 100, 99)))
    return samples, hidden


def small(rng):
    return (random_matrix(rng, rng.randint(1, 7), rng.randint(1, 7), -9, 9),)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
