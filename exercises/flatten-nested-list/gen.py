#!/usr/bin/env python3
"""Seeded generator for flatten-nested-list (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 1234577
TOP = 10**9
MAX_ITEMS = 10**5
MAX_DEPTH = 100


def stats(nested):
    """(number of ints, number of lists, depth), iteratively."""
    ints = lists = 0
    depth = 0
    stack = [(nested, 1)]
    while stack:
        xs, d = stack.pop()
        assert type(xs) is list
        lists += 1
        depth = max(depth, d)
        for x in xs:
            if type(x) is list:
                stack.append((x, d + 1))
            else:
                assert type(x) is int and -TOP <= x <= TOP
                ints += 1
    return ints, lists, depth


def brute(nested):
    """Independent check: read the integers off the JSON text."""
    import json
    import re
    return [int(t) for t in re.findall(r"-?\d+", json.dumps(nested))]


def random_nested(rng, budget, depth, lo, hi, p_list=0.3):
    """A random nested list with about `budget` elements in total, depth <= depth."""
    out = []
    while budget > 0:
        budget -= 1
        if depth > 1 and rng.random() < p_list:
            take = rng.randint(0, min(budget, 8))
            budget -= take
            out.append(random_nested(rng, take, depth - 1, lo, hi, p_list))
        else:
            out.append(rng.randint(lo, hi))
    return out


def chain(depth, inner):
    """inner wrapped so that the result has the given depth ([[...[inner...]...]])."""
    x = inner
    for _ in range(depth - 1):
        x = [x]
    return x


def build(ex, rng):
    def case(name, nested):
        ints, lists, depth = stats(nested)
        assert ints <= MAX_ITEMS and lists <= MAX_ITEMS and depth <= MAX_DEPTH, (name, ints, lists, depth)
        return ex.case(name, nested)

    samples = [
        case("sample-1", [1, [2, [3, 4], 5], 6]),
        case("sample-2", [[], [[7]], [], [8, []], 0]),
        case("sample-3", [[[]]]),
    ]
    hidden = [
        case("empty", []),
        case("single-int", [5]),
        case("already-flat", [3, -1, 4, -1, 5]),
        case("only-empty-lists", [[], [[]], [[], [[]]]]),
        case("zeros-everywhere", [0, [0, [0]], [], 0]),
        case("nested-first", [[[1, 2], 3], 4]),
        case("nested-last", [1, [2, [3, [4]]]]),
        case("siblings-at-depth", [[1, 2], [3, 4], [[5], [6]]]),
        case("extreme-values", [TOP, [-TOP, [0]], [TOP - 1], -TOP + 1]),
        case("duplicates", [[2, 2], 2, [[2]], [2, [2, 2]]]),
        case("max-depth-single-int", chain(MAX_DEPTH, [42])),
        case("max-depth-empty", chain(MAX_DEPTH, [])),
        case("max-depth-ints-at-every-level", _staircase(MAX_DEPTH)),
    ]
    for k in range(4):
        hidden.append(case(f"random-small-{k}", random_nested(rng, rng.randint(5, 25), 5, -9, 9)))
    for k in range(2):
        hidden.append(case(f"random-medium-{k}", random_nested(rng, rng.randint(1000, 3000), 12, -TOP, TOP)))
    # Large: a long flat run makes `result = result + [x]` copy ~n^2 / 2 elements.
    hidden.append(case("large-flat-max-n", [rng.randint(0, 9) for _ in range(MAX_ITEMS)]))
    hidden.append(case("large-many-deep-chains",
                       [chain(MAX_DEPTH - 1, [rng.randint(-9, 9)]) for _ in range(800)]))
    hidden.append(case("large-random-structure", random_nested(rng, 30000, 40, -999, 999, 0.2)))
    return samples, hidden


def _staircase(depth):
    """[1, [2, [3, ... [depth] ...], -1], -2]: ints on both sides of every level."""
    x = [depth]
    for d in range(depth - 1, 0, -1):
        x = [d, x, -d]
    return x


def small(rng):
    return (random_nested(rng, rng.randint(0, 10), rng.randint(1, 5), -3, 3, 0.4),)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
