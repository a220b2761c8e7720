#!/usr/bin/env python3
"""Seeded generator for the median-of-two-sorted-arrays tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 2468
V = 10**6
N = 5 * 10**4


def check(a, b, queries):
    assert 0 <= len(a) <= N and 0 <= len(b) <= N and 1 <= len(queries) <= 2 * 10**4
    for arr in (a, b):
        assert all(-V <= x <= V for x in arr)
        assert all(arr[k] <= arr[k + 1] for k in range(len(arr) - 1))
    for i, j in queries:
        assert 0 <= i <= len(a) and 0 <= j <= len(b) and i + j >= 1


def brute(a, b, queries):
    out = []
    for i, j in queries:
        m = sorted(a[:i] + b[:j])
        t = len(m)
        out.append(float(m[t // 2]) if t % 2 else (m[t // 2 - 1] + m[t // 2]) / 2)
    return out


def random_queries(rng, la, lb, q, near_full=False):
    out = []
    while len(out) < q:
        if near_full:
            i = rng.randint(la - la // 10, la) if la else 0
            j = rng.randint(lb - lb // 10, lb) if lb else 0
        else:
            i, j = rng.randint(0, la), rng.randint(0, lb)
        if i + j >= 1:
            out.append([i, j])
    return out


def sorted_list(rng, n, lo, hi):
    return sorted(rng.randint(lo, hi) for _ in range(n))


def build(ex, rng):
    def case(name, a, b, queries):
        check(a, b, queries)
        return ex.case(name, a, b, queries)

    samples = [
        case("sample-1", [1, 4, 7, 10], [2, 3, 9], [[4, 3], [2, 1], [1, 0], [0, 2]]),
        case("sample-2", [], [5, 8], [[0, 1], [0, 2]]),
        case("sample-3", [-7, -1], [-4, 6], [[2, 2], [1, 1], [2, 0]]),
    ]
    hidden = [
        case("one-element-each-side", [3], [8], [[1, 0], [0, 1], [1, 1]]),
        case("b-empty", [1, 2, 3, 4], [], [[4, 0], [3, 0], [1, 0], [2, 0]]),
        case("all-equal", [5, 5, 5], [5, 5], [[3, 2], [1, 1], [2, 2], [3, 0]]),
        case("a-entirely-below-b", [1, 2, 3], [10, 11, 12, 13], [[3, 4], [3, 3], [1, 4], [3, 1], [2, 2]]),
        case("b-entirely-below-a", [10, 11, 12, 13], [1, 2, 3], [[4, 3], [3, 3], [4, 1], [1, 3]]),
        case("interleaved", [1, 3, 5, 7, 9], [2, 4, 6, 8, 10], [[5, 5], [4, 5], [5, 4], [2, 3], [1, 1]]),
        case("negative-half-averages", [-9, -5, -1], [-8, -6, -2], [[3, 3], [1, 1], [2, 2], [3, 1], [0, 2]]),
        case("extreme-values", [-V, -V, V], [-V, V, V], [[3, 3], [1, 1], [2, 1], [3, 2], [0, 3], [2, 2]]),
        case("odd-sum-middle-pair", [0, 1], [2, 3], [[2, 2], [1, 2], [2, 1]]),
        case("duplicates-across", [1, 2, 2, 2, 9], [2, 2, 3], [[5, 3], [4, 2], [1, 3], [5, 0]]),
        case("one-long-one-short", [50], list(range(0, 100, 3)), [[1, 34], [1, 10], [0, 34], [1, 1], [1, 2]]),
    ]
    for k in range(4):
        la, lb = rng.randint(0, 12), rng.randint(1, 12)
        a, b = sorted_list(rng, la, -20, 20), sorted_list(rng, lb, -20, 20)
        hidden.append(case(f"random-small-{k}", a, b, random_queries(rng, la, lb, 30)))
    a, b = sorted_list(rng, 1500, -V, V), sorted_list(rng, 700, -V, V)
    hidden.append(case("random-medium", a, b, random_queries(rng, 1500, 700, 2000)))
    # Large: prefixes of ~10^5 numbers in total; merging per query costs ~10^5 steps each.
    a, b = sorted_list(rng, N, 0, 99999), sorted_list(rng, N, 0, 99999)
    hidden.append(case("max-n-near-full-prefixes", a, b, random_queries(rng, N, N, 2 * 10**4, near_full=True)))
    a, b = sorted_list(rng, 8000, -V, -V + 30000), sorted_list(rng, 12000, V - 30000, V)
    hidden.append(case("large-disjoint-ranges", a, b, random_queries(rng, 8000, 12000, 3000)))
    return samples, hidden


def small(rng):
    la, lb = rng.randint(0, 6), rng.randint(0, 6)
    if la + lb == 0:
        lb = 1
    a, b = sorted_list(rng, la, -5, 5), sorted_list(rng, lb, -5, 5)
    return a, b, random_queries(rng, la, lb, rng.randint(1, 5))


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
