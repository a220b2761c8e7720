#!/usr/bin/env python3
"""Seeded generator for the find-median-from-data-stream tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 5050
M = 10**5


class Calls:
    def __init__(self):
        self.ops, self.args, self.count = ["MedianFinder"], [[]], 0

    def add(self, num):
        assert -M <= num <= M
        self.ops.append("addNum")
        self.args.append([num])
        self.count += 1
        return self

    def median(self):
        assert self.count > 0
        self.ops.append("findMedian")
        self.args.append([])
        return self


def stream(nums, every=1):
    """Add the numbers, asking for the median after every `every`-th one."""
    c = Calls()
    for i, x in enumerate(nums, 1):
        c.add(x)
        if i % every == 0:
            c.median()
    if len(nums) % every:
        c.median()
    return c


def case(ex, name, c):
    return ex.case(name, c.ops, c.args)


def build(ex, rng):
    samples = [
        ex.case("sample-1", ["MedianFinder", "addNum", "findMedian", "addNum", "findMedian", "addNum",
                             "findMedian"],
                [[], [6], [], [2], [], [9], []]),
        ex.case("sample-2", ["MedianFinder", "addNum", "addNum", "findMedian", "addNum", "findMedian",
                             "addNum", "findMedian"],
                [[], [5], [8], [], [1], [], [1], []]),
        ex.case("sample-3", ["MedianFinder", "addNum", "addNum", "findMedian", "addNum", "findMedian"],
                [[], [-3], [-2], [], [-7], []]),
    ]
    hidden = [
        case(ex, "single-number", stream([42])),
        case(ex, "single-maximum", stream([M])),
        case(ex, "single-minimum", stream([-M])),
        case(ex, "two-numbers-half", stream([1, 2])),
        case(ex, "negative-halves", stream([-1, -2, -4, -7, -8, -11])),
        case(ex, "extremes-alternating", stream([M, -M] * 4 + [M - 1, -M + 1, 0])),
        case(ex, "all-equal", stream([7] * 9)),
        case(ex, "zeros-and-ones", stream([0, 1, 0, 1, 1, 0, 0, 1])),
        case(ex, "increasing", stream(list(range(-10, 11)))),
        case(ex, "decreasing", stream(list(range(30, -1, -3)))),
        case(ex, "big-then-small", stream([100, 200, 300, 400, 1, 2, 3, 4, 5])),
        case(ex, "duplicates-at-median", stream([3, 9, 5, 5, 5, 1, 5, 8])),
    ]
    for k in range(4):
        n = rng.randint(5, 40)
        hidden.append(case(ex, f"random-small-{k}", stream([rng.randint(-20, 20) for _ in range(n)],
                                                           every=rng.randint(1, 3))))
    hidden.append(case(ex, "random-medium", stream([rng.randint(-M, M) for _ in range(2000)], every=2)))
    hidden.append(case(ex, "random-medium-few-values", stream([rng.randint(-3, 3) for _ in range(2000)])))
    # Large: a median after every number, so sorting on each query costs O(n log n) each time.
    hidden.append(case(ex, "long-stream-query-every-time",
                       stream([rng.randint(-999, 999) for _ in range(15000)])))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 12)
    lo, hi = rng.choice([(-5, 5), (-2, 2), (-M, M)])
    c = stream([rng.randint(lo, hi) for _ in range(n)], every=rng.randint(1, 3))
    return c.ops, c.args


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/sort_on_every_query.py")
