#!/usr/bin/env python3
"""Seeded generator for merge-two-sorted-lists (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 424242


def sorted_list(rng, n, lo=-10**4, hi=10**4):
    return sorted(rng.randint(lo, hi) for _ in range(n))


def build(ex, rng):

    def case(name, a, b):
        assert a == sorted(a) and b == sorted(b)
        return ex.case(name, a, b)

    samples = [
        case("sample-1", [1, 3, 8], [2, 3, 9, 10]),
        case("sample-2", [], [-4, 0]),
        case("sample-3", [], []),
    ]
    M = 10**4
    hidden = [
        case("both-empty", [], []),
        case("first-empty", [], [5]),
        case("second-empty", [1, 2, 2, 7], []),
        case("single-each", [2], [1]),
        case("single-equal", [0], [0]),
        case("all-first-smaller", [1, 2, 3], [4, 5, 6]),
        case("all-second-smaller", [7, 8, 9], [-3, -2, -1]),
        case("interleaved", [1, 3, 5, 7], [2, 4, 6, 8]),
        case("duplicates-across", [1, 1, 2, 4, 4], [1, 2, 2, 4, 5]),
        case("negatives", [-9, -5, -5, -1], [-10, -6, -5, 0]),
        case("extremes", [-M, -M, M], [-M, M, M]),
        case("short-vs-long", [3], [-2, -1, 0, 1, 2, 4, 5, 6, 7, 8]),
        case("long-tail-in-first", [1, 2, 30, 40, 50, 60, 70], [3, 4]),
        case("same-value-runs", [5] * 6, [5] * 4),
    ]
    for k in range(4):
        hidden.append(case(f"random-small-{k}", sorted_list(rng, rng.randint(0, 12), -20, 20),
                           sorted_list(rng, rng.randint(0, 12), -20, 20)))
    for k in range(3):
        hidden.append(case(f"random-medium-{k}", sorted_list(rng, rng.randint(100, 3000)),
                           sorted_list(rng, rng.randint(100, 3000), -100, 100)))
    N = 5 * 10**4
    hidden.append(case("large-both-max", sorted_list(rng, N), sorted_list(rng, N)))
    hidden.append(case("large-second-empty", sorted_list(rng, N), []))
    hidden.append(case("large-one-node-vs-max", [0], sorted_list(rng, N)))
    hidden.append(case("large-few-distinct", sorted_list(rng, N, -3, 3), sorted_list(rng, N, -3, 3)))
    return samples, hidden


def slow_merge(list1, list2):
    """Obviously correct: collect every value and sort (plain lists in, plain list out)."""
    return sorted(list1 + list2)


def small(rng):
    return sorted_list(rng, rng.randint(0, 8), -5, 5), sorted_list(rng, rng.randint(0, 8), -5, 5)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=slow_merge)
