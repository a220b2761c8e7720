#!/usr/bin/env python3
"""Seeded generator for rotate-image (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 9090


def check(matrix):
    n = len(matrix)
    assert 1 <= n <= 100 and all(len(row) == n for row in matrix)
    assert all(-1000 <= x <= 1000 for row in matrix for x in row)


def random_matrix(rng, n, lo=-1000, hi=1000):
    return [[rng.randint(lo, hi) for _ in range(n)] for _ in range(n)]


def numbered(n):
    return [[r * n + c + 1 for c in range(n)] for r in range(n)]


def brute(matrix):
    """By definition: the value at (i, j) goes to (j, n - 1 - i)."""
    n = len(matrix)
    out = [[None] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            out[j][n - 1 - i] = matrix[i][j]
    return out


def build(ex, rng):
    def case(name, matrix):
        check(matrix)
        return ex.case(name, matrix)

    samples = [
        case("sample-1", [[1, 2, 3], [4, 5, 6], [7, 8, 9]]),
        case("sample-2", [[5, -1], [0, 8]]),
        case("sample-3", [[42]]),
    ]
    hidden = [
        case("one-negative", [[-1000]]),
        case("two-by-two-numbered", numbered(2)),
        case("four-by-four-numbered", numbered(4)),
        case("five-by-five-numbered", numbered(5)),
        case("all-equal", [[7] * 6 for _ in range(6)]),
        case("extremes", [[1000, -1000, 0], [-1000, 1000, -1000], [0, 0, 1000]]),
        case("symmetric-under-transpose", [[1, 2, 3], [2, 5, 6], [3, 6, 9]]),
        case("only-middle-row-set", [[0, 0, 0], [1, 2, 3], [0, 0, 0]]),
    ]
    for k in range(3):
        hidden.append(case(f"random-small-{k}", random_matrix(rng, rng.randint(3, 8))))
    hidden.append(case("random-odd-medium", random_matrix(rng, 31)))
    hidden.append(case("random-even-medium", random_matrix(rng, 40)))
    hidden.append(case("max-even", random_matrix(rng, 100)))
    hidden.append(case("max-odd", random_matrix(rng, 99)))
    return samples, hidden


def small(rng):
    return (random_matrix(rng, rng.randint(1, 7), -5, 5),)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
