#!/usr/bin/env python3
"""Seeded generator for top-k-frequent (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 777001
B = 10**9


def counts_of(nums):
    c = {}
    for x in nums:
        c[x] = c.get(x, 0) + 1
    return c


def valid_ks(nums):
    """Every k for which the answer is unique (no tie between the k-th and (k+1)-th count)."""
    f = sorted(counts_of(nums).values(), reverse=True)
    return [k for k in range(1, len(f) + 1) if k == len(f) or f[k - 1] > f[k]]


def expand(rng, counts, shuffle=True):
    """A list holding each value of `counts` (value -> count) that many times."""
    nums = [v for v, c in counts.items() for _ in range(c)]
    if shuffle:
        rng.shuffle(nums)
    return nums


def distinct_values(rng, d, lo, hi):
    return rng.sample(range(lo, hi + 1), d)


def random_case(rng, n, lo, hi, d):
    """n numbers over d distinct values in [lo, hi] with skewed counts; returns (nums, k)."""
    values = distinct_values(rng, d, lo, hi)
    weights = [rng.random() ** 3 for _ in values]
    nums = values[:]  # every value at least once
    nums += rng.choices(values, weights=weights, k=n - d)
    rng.shuffle(nums)
    k = rng.choice(valid_ks(nums))
    return nums, k


def check(nums, k):
    assert 1 <= len(nums) <= 10**5
    assert all(-B <= x <= B for x in nums)
    assert k in valid_ks(nums), (nums[:20], k)


def build(ex, rng):
    ref = ex.reference

    def case(name, nums, k):
        check(nums, k)
        return {"name": name, "args": [nums, k], "expected": ref(list(nums), k)}

    samples = [
        case("sample-1", [5, 7, 5, 2, 7, 5, 9], 2),
        case("sample-2", [8, -1, 8, -1, 6], 2),
        case("sample-3", [42], 1),
    ]
    hidden = [
        case("single-element", [7], 1),
        case("single-min-value", [-B], 1),
        case("all-same", [3] * 10, 1),
        case("all-distinct-k-is-all", [4, -2, 9, 0, 13], 5),
        case("two-values", [1, 2, 2], 1),
        case("frequent-values-are-small", [300, -5, 200, -3, -5, -3, 100, -5, -3, -5], 2),
        case("frequent-values-are-large", [B, -B, B - 1, 0, B, 5, B - 1, B], 2),
        case("tie-inside-answer", [1, 2, 3, 4, 3, 2, 1, 3, 2, 1], 3),
        case("tie-below-cut", [9, 5, 9, 6, 7, 5, 9, 6, 7, 1], 1),
        case("extremes", [-B, B, B, -B, -B, 0], 2),
        case("k-all-with-duplicates", [2, 2, 3, 3, 3, 1], 3),
        case("zeros-and-negatives", [0, -1, 0, -2, -1, 0, -3, -2, -1, 0], 3),
    ]
    for j in range(4):
        n = rng.randint(10, 60)
        nums, k = random_case(rng, n, -20, 20, rng.randint(3, min(n, 25)))
        hidden.append(case(f"random-small-{j}", nums, k))
    for j in range(3):
        n = rng.randint(1000, 5000)
        nums, k = random_case(rng, n, -B, B, rng.randint(50, n // 3))
        hidden.append(case(f"random-medium-{j}", nums, k))

    n = 10**5
    # Many distinct values: 30 heavy hitters (3..300 times each) hidden among values that occur
    # once or twice. Rescanning the list for each of the ~60,000 distinct values is ~6 * 10^9 steps.
    values = distinct_values(rng, 80000, -10**6, 10**6)
    counts = {v: rng.randint(3, 300) for v in values[:30]}
    rest = n - sum(counts.values())
    for v in values[30:]:
        if rest == 0:
            break
        c = min(rest, rng.randint(1, 2))
        counts[v] = c
        rest -= c
    assert rest == 0
    hidden.append(case("large-many-distinct", expand(rng, counts), 30))
    # All values distinct except one that occurs twice: d = 99,999.
    values = distinct_values(rng, n - 1, -10**5, 10**5)
    nums = values + [values[rng.randrange(n - 1)]]
    rng.shuffle(nums)
    hidden.append(case("large-one-repeat", nums, 1))
    # Few distinct extreme values, grouped in runs (not shuffled).
    values = distinct_values(rng, 50, -B, B)
    sizes = sorted(rng.sample(range(1, 2 * n // 50), 49))
    cuts = [0] + sizes + [n]
    counts = {v: cuts[i + 1] - cuts[i] for i, v in enumerate(values)}
    counts = {v: c for v, c in counts.items() if c > 0}
    nums = expand(rng, counts, shuffle=False)
    k = [k for k in valid_ks(nums) if k >= 10][0]
    hidden.append(case("large-few-distinct-grouped", nums, k))
    # Zipf-like counts over 20,000 values, a large k.
    values = distinct_values(rng, 20000, -10**5, 10**5)
    weights = [1.0 / (r + 1) for r in range(len(values))]
    nums = values + rng.choices(values, weights=weights, k=n - len(values))
    rng.shuffle(nums)
    ks = valid_ks(nums)
    k = min(ks, key=lambda k: abs(k - 5000))
    hidden.append(case("large-zipf-big-k", nums, k))
    hidden.append(case("large-single-value", [-77] * n, 1))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 30)
    span = rng.choice([2, 5, 10, 50])
    nums, k = random_case(rng, n, -span, span, rng.randint(1, min(n, 2 * span + 1)))
    check(nums, k)
    return nums, k


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute="submissions/time_limit_exceeded/brute.py")
