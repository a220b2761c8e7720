#!/usr/bin/env python3
"""Seeded generator for the remove-nth-from-end tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 5150
B = 10**9


def build(ex, rng):
    samples = [
        ex.case("sample-1", [1, 2, 3, 4, 5], 2),
        ex.case("sample-2", [8], 1),
        ex.case("sample-3", [4, 6], 1),
    ]
    hidden = [
        ex.case("single-negative", [-B], 1),
        ex.case("two-remove-first", [5, 6], 2),
        ex.case("remove-head", [1, 2, 3], 3),
        ex.case("remove-tail", [1, 2, 3], 1),
        ex.case("remove-middle", [10, 20, 30, 40, 50], 3),
        ex.case("repeated-values-tail", [7, 7, 7, 3, 7], 1),
        ex.case("repeated-values-middle", [2, 9, 2, 9], 2),
        ex.case("all-equal", [0] * 12, 5),
        ex.case("extreme-values", [B, -B, B, -B, 0], 4),
    ]
    for k in range(3):
        size = rng.randint(3, 30)
        hidden.append(ex.case(f"random-small-{k}", [rng.randint(-10, 10) for _ in range(size)],
                              rng.randint(1, size)))
    hidden.append(ex.case("long-remove-middle", [rng.randint(-B, B) for _ in range(3000)], 1500))
    hidden.append(ex.case("long-remove-head", [rng.randint(-99, 99) for _ in range(3 * 10**4)], 3 * 10**4))
    hidden.append(ex.case("max-length-near-tail", [rng.randint(-9, 9) for _ in range(10**5)], 2))
    return samples, hidden


def small(rng):
    size = rng.choice([1, 2, rng.randint(3, 10)])
    return [rng.randint(-3, 3) for _ in range(size)], rng.randint(1, size)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/count_from_every_node.py")
