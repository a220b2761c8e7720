#!/usr/bin/env python3
"""Seeded generator for the merge-k-sorted-lists tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 77031
B = 10**9


def sorted_list(rng, n, lo=-B, hi=B):
    return sorted(rng.randint(lo, hi) for _ in range(n))


def random_lists(rng, k, max_len, lo=-B, hi=B, p_empty=0.0):
    return [[] if rng.random() < p_empty else sorted_list(rng, rng.randint(0, max_len), lo, hi)
            for _ in range(k)]


def build(ex, rng):
    samples = [
        ex.case("sample-1", [[1, 4, 7], [2, 4, 9], [0, 8]]),
        ex.case("sample-2", []),
        ex.case("sample-3", [[], [-2, 0], []]),
    ]
    hidden = [
        ex.case("one-list", [[1, 2, 3]]),
        ex.case("one-empty-list", [[]]),
        ex.case("all-empty", [[], [], [], []]),
        ex.case("two-lists", [[1, 3, 5], [2, 4, 6, 8, 10]]),
        ex.case("three-lists-last-longest", [[1, 2], [3], [0, 4, 5, 6, 7]]),
        ex.case("five-lists", [[5], [1, 9], [2, 2], [7], [3, 4, 8]]),
        ex.case("second-list-runs-longer", [[1], [2, 3, 4, 5]]),
        ex.case("all-duplicates", [[1, 1, 1], [1, 1], [1]]),
        ex.case("extreme-values", [[-B, B], [-B], [B, B], [0]]),
        ex.case("all-negative", [[-9, -5, -1], [-8, -7], [-10, -2]]),
        ex.case("laid-end-to-end", [[1, 2], [3, 4], [5, 6], [7, 8], [9]]),
        ex.case("laid-end-to-end-reversed", [[9], [7, 8], [5, 6], [3, 4], [1, 2]]),
        ex.case("single-values", [[6], [2], [9], [-1], [2], [0], [5]]),
    ]
    for k in range(3):
        hidden.append(ex.case(f"random-small-{k}",
                              random_lists(rng, rng.randint(3, 9), 6, -20, 20, p_empty=0.2)))
    hidden.append(ex.case("random-medium", random_lists(rng, 101, 50, p_empty=0.1)))
    hidden.append(ex.case("few-long-lists", [sorted_list(rng, 500, -10**4, 10**4) for _ in range(21)]))
    # 10^4 lists, almost all empty: a solution must not pay much for the empty ones.
    lists = [[] for _ in range(10**4)]
    for i in rng.sample(range(10**4), 99):
        lists[i] = sorted_list(rng, 100, -10**4, 10**4)
    hidden.append(ex.case("max-k-mostly-empty", lists))
    # The worst case for merging one list at a time or scanning every head: 10^4 lists of 5
    # values whose ranges interleave, so every list stays alive until the very end.
    hidden.append(ex.case("max-k-short-lists", [sorted_list(rng, 5, -10**4, 10**4) for _ in range(10**4)]))
    return samples, hidden


def small(rng):
    k = rng.choice([0, 1, 2, rng.randint(3, 7)])
    return ([sorted_list(rng, rng.choice([0, 1, rng.randint(2, 5)]), -5, 5) for _ in range(k)],)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/one_at_a_time.py")
