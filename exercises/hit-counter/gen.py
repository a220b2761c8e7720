#!/usr/bin/env python3
"""Seeded generator for the hit-counter tests (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 300300
T_MAX = 2 * 10**9


class Calls:
    """Builds a valid call sequence: timestamps never decrease."""

    def __init__(self):
        self.ops, self.args, self.now = ["HitCounter"], [[]], 1

    def _call(self, op, t):
        assert self.now <= t <= T_MAX
        self.now = t
        self.ops.append(op)
        self.args.append([t])
        return self

    def hit(self, t, times=1):
        for _ in range(times):
            self._call("hit", t)
        return self

    def get(self, t):
        return self._call("getHits", t)


def random_calls(rng, count, step_hi, start=1, p_hit=0.6, burst=3):
    c = Calls()
    t = start
    for _ in range(count):
        t += rng.choice([0, 0, rng.randint(1, step_hi)])
        if rng.random() < p_hit:
            c.hit(t, rng.randint(1, burst))
        else:
            c.get(t)
    return c


def case(ex, name, c):
    return ex.case(name, c.ops, c.args)


def build(ex, rng):
    samples = [
        ex.case("sample-1", ["HitCounter", "hit", "hit", "hit", "getHits", "getHits", "getHits", "getHits",
                             "getHits"],
                [[], [10], [20], [25], [25], [309], [310], [320], [325]]),
        ex.case("sample-2", ["HitCounter", "getHits", "hit", "getHits"], [[], [5], [5], [5]]),
        ex.case("sample-3", ["HitCounter", "hit", "hit", "hit", "getHits", "hit", "getHits", "getHits"],
                [[], [1], [1], [1], [1], [2], [300], [301]]),
    ]
    hidden = [
        case(ex, "no-hits", Calls().get(1).get(1000)),
        case(ex, "window-edge", Calls().hit(1).get(1).get(299).get(300).get(301)),
        case(ex, "quiet-period", Calls().hit(5).hit(6).hit(7).get(7).get(500).get(10**6)),
        case(ex, "hits-after-gap", Calls().hit(1, 4).get(2).hit(1000).get(1000).hit(1299).get(1299)
             .get(1300).get(1598).get(1599)),
        case(ex, "same-second-burst", Calls().hit(100, 50).get(100).hit(101, 2).get(399).get(400)
             .get(401)),
        case(ex, "near-max-timestamp", Calls().hit(T_MAX - 400).hit(T_MAX - 299, 3).get(T_MAX - 100)
             .hit(T_MAX - 1).get(T_MAX - 1).get(T_MAX)),
        case(ex, "repeated-queries", Calls().hit(10).get(10).get(10).hit(10).get(10).get(309).get(309)
             .get(310).get(310)),
    ]
    c = Calls()
    c.hit(7, 5000).get(7).get(306).get(307).hit(307, 3).get(500).get(606).get(607)
    hidden.append(case(ex, "thousands-at-one-timestamp", c))
    for k in range(4):
        hidden.append(case(ex, f"random-small-{k}", random_calls(rng, rng.randint(10, 40), 150)))
    hidden.append(case(ex, "random-medium", random_calls(rng, 2000, 60, start=10**9)))
    hidden.append(case(ex, "random-medium-bursts", random_calls(rng, 500, 400, p_hit=0.7, burst=20)))
    # Large: every hit stays inside the window (the whole run spans under 300 seconds), so a
    # solution that re-counts stored hits does O(hits) work per query.
    c = Calls()
    t = 1000
    for i in range(30000):
        if i % 120 == 119:
            t += 1
        c.hit(t)
        if i % 3 == 2:
            c.get(t)
    hidden.append(case(ex, "busy-window-many-queries", c))
    return samples, hidden


def small(rng):
    c = random_calls(rng, rng.randint(1, 15), rng.choice([5, 200, 400]), burst=rng.choice([1, 3]))
    return c.ops, c.args


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small,
                                           brute="submissions/time_limit_exceeded/count_all_hits.py")
