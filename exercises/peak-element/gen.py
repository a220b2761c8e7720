#!/usr/bin/env python3
"""Seeded generator for the peak-element tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 5150
B = 10**9


def trail(rng, sizes, step=(1, 2), base=0, middle=False):
    """Heights made of mountains: each of sizes[k] points rises strictly to a random summit and
    falls strictly to the next valley (with middle=True, a summit in the middle third). Returns (heights, segments) where every segment
    (a, s, b) is valley a, summit s, valley b (a window inside [a, b] is a mountain window)."""
    heights = [base]
    segments = []
    for size in sizes:
        a = len(heights) - 1
        up = rng.randint(size // 3, 2 * size // 3) if middle else rng.randint(0, size)
        for _ in range(up):
            heights.append(heights[-1] + rng.randint(*step))
        s = len(heights) - 1
        for _ in range(size - up):
            heights.append(heights[-1] - rng.randint(*step))
        segments.append((a, s, len(heights) - 1))
    low = min(heights)
    return [h - low for h in heights], segments


def window(rng, seg, kind):
    a, s, b = seg
    if kind == "wide":  # both ends far from the summit
        return [rng.randint(a, a + (s - a) // 8), rng.randint(b - (b - s) // 8, b)]
    if kind == "rising":
        l = rng.randint(a, s)
        return [l, rng.randint(l, s)]
    if kind == "falling":
        l = rng.randint(s, b)
        return [l, rng.randint(l, b)]
    if kind == "point":
        i = rng.randint(a, b)
        return [i, i]
    if kind == "whole":
        return [a, b]
    return [rng.randint(a, s), rng.randint(s, b)]


def queries_for(rng, segments, q, kinds):
    return [window(rng, rng.choice(segments), rng.choice(kinds)) for _ in range(q)]


def check(heights, queries, answers):
    """Validate the input independently of any solution: [l, r] is a mountain window iff some
    p in it has a strictly rising run from l to p and a strictly falling run from p to r."""
    n = len(heights)
    assert 1 <= n <= 10**5 and 1 <= len(queries) <= 2 * 10**4
    assert all(0 <= h <= B for h in heights)
    assert all(heights[i] != heights[i + 1] for i in range(n - 1))
    rise_from = [0] * n  # start of the strictly rising run ending at i
    for i in range(1, n):
        rise_from[i] = rise_from[i - 1] if heights[i - 1] < heights[i] else i
    fall_to = [n - 1] * n  # end of the strictly falling run starting at i
    for i in range(n - 2, -1, -1):
        fall_to[i] = fall_to[i + 1] if heights[i] > heights[i + 1] else i
    for (l, r), p in zip(queries, answers):
        assert 0 <= l <= p <= r < n and rise_from[p] <= l and fall_to[p] >= r, (l, r, p)


def build(ex, rng):
    def case(name, heights, queries):
        c = ex.case(name, heights, queries)
        check(heights, queries, c["expected"])
        return c

    samples = [
        case("sample-1", [1, 4, 6, 5, 2, 3, 8, 7], [[0, 4], [2, 3], [4, 7], [5, 6]]),
        case("sample-2", [9], [[0, 0]]),
        case("sample-3", [2, 5, 3, 9, 4], [[0, 2], [2, 4], [1, 2], [3, 3]]),
    ]
    hidden = [
        case("single-point-zero", [0], [[0, 0], [0, 0]]),
        case("two-rising", [3, 8], [[0, 1], [0, 0], [1, 1]]),
        case("two-falling", [8, 3], [[0, 1], [1, 1]]),
        case("summit-at-last-index", [1, 2, 3, 4, 5], [[0, 4], [2, 4], [4, 4], [0, 3]]),
        case("summit-at-first-index", [5, 4, 3, 2, 1], [[0, 4], [1, 3], [0, 0], [3, 4]]),
        case("max-heights", [0, B, 0, B - 1, B], [[0, 2], [1, 2], [2, 4], [0, 1], [3, 4]]),
        case("zigzag", [1, 3, 2, 4, 3, 5, 4], [[0, 2], [2, 4], [4, 6], [2, 3], [5, 6], [1, 2], [3, 4]]),
        case("rising-window-continues-rising", [1, 2, 3, 4, 5, 6, 7, 8, 9, 1],
             [[0, 3], [2, 5], [1, 2], [0, 7], [4, 9]]),
        case("falling-window-after-summit", [1, 9, 8, 7, 6, 5, 4, 3, 2],
             [[2, 8], [3, 5], [4, 4], [1, 8], [0, 8], [5, 7]]),
        case("summit-at-window-middle", [0, 1, 2, 3, 10, 9, 8, 7, 6, 5, 4], [[0, 10], [1, 9], [3, 5], [2, 8]]),
    ]
    for k in range(4):
        heights, segs = trail(rng, [rng.randint(1, 12) for _ in range(rng.randint(1, 6))], (1, 50))
        kinds = ["wide", "rising", "falling", "point", "whole", "any"]
        hidden.append(case(f"random-small-{k}", heights, queries_for(rng, segs, rng.randint(5, 30), kinds)))
    heights, segs = trail(rng, [rng.randint(50, 400) for _ in range(20)], (1, 10**6), base=10**5)
    hidden.append(case("random-medium", heights, queries_for(rng, segs, 500, ["wide", "rising", "falling", "any"])))
    # Large: a few huge mountains, windows spanning most of a mountain with the summit far from
    # both ends, so any scan of the window costs tens of thousands of steps per query.
    heights, segs = trail(rng, [33333, 33333, 33333], (1, 2), middle=True)
    hidden.append(case("max-n-wide-windows", heights, queries_for(rng, segs, 20000, ["wide"] * 9 + ["any"])))
    heights, segs = trail(rng, [rng.randint(100, 300) for _ in range(100)], (1, 3))
    hidden.append(case("many-mountains-mixed", heights,
                       queries_for(rng, segs, 5000, ["wide", "rising", "falling", "point", "whole", "any"])))
    return samples, hidden


def small(rng):
    heights, segs = trail(rng, [rng.randint(1, 6) for _ in range(rng.randint(1, 4))], (1, 4))
    kinds = ["wide", "rising", "falling", "point", "whole", "any"]
    return heights, queries_for(rng, segs, rng.randint(1, 6), kinds)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/walk_uphill.py")
