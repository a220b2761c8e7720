#!/usr/bin/env python3
"""Seeded generator for best-time-to-buy-and-sell-stock (see tools/gen/genlib.py)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 50417
TOP = 10**9
N = 10**5


def build(ex, rng):
    def case(name, prices):
        assert 1 <= len(prices) <= N and all(0 <= p <= TOP for p in prices), name
        return ex.case(name, prices)

    samples = [
        case("sample-1", [8, 3, 6, 1, 5, 4]),
        case("sample-2", [9, 7, 7, 4, 2]),
        case("sample-3", [2, 10, 1, 8]),
    ]
    hidden = [
        case("single-day", [5]),
        case("two-days-rise", [1, 2]),
        case("two-days-fall", [2, 1]),
        case("all-equal", [7, 7, 7, 7]),
        case("zeros", [0, 0, 0]),
        case("max-at-start", [10, 1, 2, 3]),
        case("min-at-end", [4, 6, 9, 3, 0]),
        case("later-low-smaller-gain", [3, 12, 1, 9]),
        case("many-small-rises", [1, 3, 2, 4, 3, 5, 4, 6]),
        case("full-range", [0, TOP]),
        case("full-range-reversed", [TOP, 0]),
        case("top-value-plateau", [TOP, TOP, 0, TOP]),
        case("strictly-decreasing", list(range(50, 0, -1))),
    ]
    for k in range(4):
        n = rng.randint(5, 40)
        hidden.append(case(f"random-small-{k}", [rng.randint(0, 30) for _ in range(n)]))
    for k in range(2):
        n = rng.randint(1000, 5000)
        hidden.append(case(f"random-medium-{k}", [rng.randint(0, TOP) for _ in range(n)]))
    # Large cases: trying every pair of days is ~n^2 / 2 steps (5 * 10^9 at n = 10^5).
    hidden.append(case("large-random-max-n", [rng.randint(0, 9999) for _ in range(N)]))
    m = 3 * 10**4
    hidden.append(case("large-decreasing", [TOP - 7 * i for i in range(m)]))
    walk, p = [], TOP // 2
    for _ in range(m):
        p = min(TOP, max(0, p + rng.randint(-10**6, 10**6)))
        walk.append(p)
    hidden.append(case("large-random-walk", walk))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 9)
    hi = rng.choice([0, 1, 3, 10, 100])
    return ([rng.randint(0, hi) for _ in range(n)],)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/brute.py")
