#!/usr/bin/env python3
"""Seeded generator for the kth-largest tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 27182
B = 10**9


def build(ex, rng):
    samples = [
        ex.case("sample-1", [3, 1, 5, 2, 4], 2),
        ex.case("sample-2", [4, 4, 1, 4], 3),
        ex.case("sample-3", [-2], 1),
    ]
    hidden = [
        ex.case("single-maximum", [B], 1),
        ex.case("single-minimum", [-B], 1),
        ex.case("k-is-1", [7, -3, 12, 0, 12, 5], 1),
        ex.case("k-is-n", [7, -3, 12, 0, 12, 5], 6),
        ex.case("all-equal-small", [9] * 7, 4),
        ex.case("duplicates-count", [1, 2, 2, 3, 3, 3], 4),
        ex.case("duplicates-at-top", [8, 8, 8, 1, 2], 3),
        ex.case("all-negative", [-5, -1, -9, -3, -7], 2),
        ex.case("extremes", [B, -B, 0, B, -B], 3),
        ex.case("extremes-k-n", [-B, B, -B, B], 4),
    ]
    for k in range(4):
        n = rng.randint(5, 30)
        nums = [rng.randint(-10, 10) for _ in range(n)]
        hidden.append(ex.case(f"random-small-{k}", nums, rng.randint(1, n)))
    n = 5000
    hidden.append(ex.case("random-medium", [rng.randint(-B, B) for _ in range(n)], rng.randint(1, n)))
    # Large cases. k = n / 2 is the worst case for removing the maximum k times.
    n = 10**5
    hidden.append(ex.case("max-n-k-half", [rng.randint(-10**5, 10**5) for _ in range(n)], n // 2))
    n = 10**5
    hidden.append(ex.case("max-n-few-distinct", [rng.randint(0, 9) for _ in range(n)], n // 3))
    n = 2 * 10**4
    hidden.append(ex.case("sorted-ascending", sorted(rng.sample(range(-10**5, 10**5), n)), n // 2 + 1))
    hidden.append(ex.case("sorted-descending", sorted(rng.sample(range(-10**5, 10**5), n), reverse=True),
                          n - 5))
    n = 3 * 10**4
    # Every value equal: a two-way partition shrinks the range by one element per round.
    hidden.append(ex.case("all-equal-large", [-7] * n, n // 2))
    return samples, hidden


def small(rng):
    n = rng.choice([1, 2, rng.randint(3, 12)])
    lo, hi = rng.choice([(-3, 3), (0, 0), (-B, B)])
    return [rng.randint(lo, hi) for _ in range(n)], rng.randint(1, n)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/remove_max_k_times.py")
