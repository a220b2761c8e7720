#!/usr/bin/env python3
"""Seeded generator for the trapping-rain-water tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 1717
H = 10**5


def check(height):
    assert 1 <= len(height) <= 10**5
    assert all(0 <= h <= H for h in height)


def build(ex, rng):
    def case(name, height):
        check(height)
        return ex.case(name, height)

    samples = [
        case("sample-1", [3, 0, 2, 0, 4]),
        case("sample-2", [1, 2, 3, 2, 1]),
        case("sample-3", [5, 2, 1, 2, 1, 5]),
    ]
    hidden = [
        case("single-bar", [7]),
        case("two-bars", [4, 9]),
        case("all-zero", [0, 0, 0, 0]),
        case("one-dip", [2, 0, 2]),
        case("peak-in-middle", [1, 3, 1]),
        case("uneven-walls", [4, 0, 0, 9]),
        case("descending", [6, 5, 4, 3, 2, 1, 0]),
        case("ascending", [0, 1, 2, 3, 4, 5, 6]),
        case("plateau-walls", [3, 3, 0, 0, 3, 3]),
        case("nested-dips", [6, 1, 4, 0, 3, 1, 6]),
        case("tall-middle-two-pools", [2, 0, 2, 9, 1, 0, 3]),
        case("max-height-walls", [H, 0, 0, H]),
        case("max-height-middle", [1, H, 0, 1]),
        case("staircase-down-then-wall", [5, 4, 3, 2, 1, 5]),
        case("all-equal", [5] * 10),
    ]
    for k in range(4):
        n = rng.randint(10, 60)
        hidden.append(case(f"random-small-{k}", [rng.randint(0, 12) for _ in range(n)]))
    hidden.append(case("random-medium", [rng.randint(0, H) for _ in range(2000)]))
    n = 10**5
    # Two maximal walls around a floor of zeros: the answer is about 10^10.
    hidden.append(case("max-n-two-walls", [H] + [0] * (n - 2) + [H]))
    hidden.append(case("max-n-random-low", [rng.randint(0, 99) for _ in range(n)]))
    # Long monotone shapes hold nothing; a naive scan still pays O(n^2).
    m = 30000
    hidden.append(case("large-ascending", [3 * i for i in range(m)]))
    up = [2 * i for i in range(m // 2)]
    hidden.append(case("large-pyramid", up + up[::-1]))
    # A valley: descending then ascending, with uneven sides.
    down = list(range(m, 0, -2))
    hidden.append(case("large-valley", down + list(range(0, m // 2, 1))))
    return samples, hidden


def small(rng):
    n = rng.randint(1, 10)
    top = rng.choice([0, 1, 3, 9])
    return ([rng.randint(0, top) for _ in range(n)],)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/brute.py")
