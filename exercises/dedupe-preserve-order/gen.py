#!/usr/bin/env python3
"""Seeded generator for dedupe-preserve-order (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 77031
TOP = 10**18
N = 10**5


def build(ex, rng):
    def case(name, nums):
        assert 0 <= len(nums) <= N and all(-TOP <= x <= TOP for x in nums), name
        return ex.case(name, nums)

    samples = [
        case("sample-1", [3, 1, 3, 2, 1]),
        case("sample-2", [-5, 40, -5, -5, 7, 40]),
        case("sample-3", []),
    ]
    hidden = [
        case("empty", []),
        case("single", [42]),
        case("all-equal", [9] * 12),
        case("no-duplicates-descending", [5, 4, 3, 2, 1]),
        case("repeat-at-end", [1, 2, 3, 1]),
        case("first-is-last-distinct", [2, 1, 1, 2, 0]),
        # -1 and -2 share a hash in CPython; the set order still is not first-appearance order.
        case("hash-collision-minus-one", [-1, -2, -1, 5, -2]),
        case("zeros-and-negatives", [0, -3, 0, -3, -7, 0]),
        case("extremes", [TOP, -TOP, TOP, 0, -TOP, TOP - 1, -TOP + 1]),
        case("big-and-small-mixed", [10**17 + 4, 3, 10**18 - 9, 0, 4, 3, -10**17, 1]),
        case("interleaved-pairs", [7, 8, 7, 8, 6, 5, 6, 5]),
    ]
    for k in range(4):
        n = rng.randint(10, 40)
        hidden.append(case(f"random-small-{k}", [rng.randint(-10, 10) for _ in range(n)]))
    for k in range(2):
        n = rng.randint(1000, 4000)
        pool = [rng.randint(-TOP, TOP) for _ in range(n // 3)]
        hidden.append(case(f"random-medium-{k}", [rng.choice(pool) for _ in range(n)]))
    # Large case: 5 * 10^4 new values, then 5 * 10^4 repeats of the most recently kept ones.
    # Scanning the kept list costs ~D^2 / 2 for the new values plus ~D per late repeat.
    d = N // 2
    perm = list(range(d))
    rng.shuffle(perm)
    recent = perm[-1000:]
    hidden.append(case("large-max-n-late-repeats", perm + [rng.choice(recent) for _ in range(N - d)]))
    m = 5000
    pool = [rng.randint(-TOP, TOP) for _ in range(m - 500)]
    big = pool + [rng.choice(pool) for _ in range(500)]
    rng.shuffle(big)
    hidden.append(case("huge-values", big))
    return samples, hidden


def small(rng):
    n = rng.randint(0, 10)
    hi = rng.choice([0, 2, 5, 50])
    return ([rng.randint(-hi, hi) for _ in range(n)],)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/not_in_result.py")
