#!/usr/bin/env python3
"""Seeded generator for range-sum-queries (see tools/gen/genlib.py for the command line)."""
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240611

SAMPLES = [
    "5 3\n3 -1 4 1 5\n1 3\n2 2\n1 5\n",
    "4 2\n1000000000 1000000000 1000000000 1000000000\n1 4\n2 3\n",
]


def render(a: list[int], queries: list[tuple[int, int]]) -> str:
    lines = [f"{len(a)} {len(queries)}", " ".join(map(str, a))]
    lines += [f"{l} {r}" for l, r in queries]
    return "\n".join(lines) + "\n"


def random_queries(rng: random.Random, n: int, q: int) -> list[tuple[int, int]]:
    queries = []
    for _ in range(q):
        l, r = rng.randint(1, n), rng.randint(1, n)
        queries.append((min(l, r), max(l, r)))
    return queries


def wide_queries(rng: random.Random, n: int, q: int) -> list[tuple[int, int]]:
    """Ranges covering almost the whole array: the worst case for summing each range."""
    edge = max(1, n // 100)
    return [(rng.randint(1, edge), rng.randint(n - edge + 1, n)) for _ in range(q)]


def hidden_cases(rng: random.Random) -> list[str]:
    cases = []
    # 01-02: a single element
    cases.append(render([7], [(1, 1)]))
    cases.append(render([-1000000000], [(1, 1)] * 3))
    # 03: all zeros
    cases.append(render([0] * 10, random_queries(rng, 10, 10)))
    # 04: all negative, with duplicates
    a = [rng.choice([-5, -3, -3, -1000000000]) for _ in range(30)]
    cases.append(render(a, random_queries(rng, 30, 30)))
    # 05: every single-element range l == r
    a = [rng.randint(-100, 100) for _ in range(25)]
    cases.append(render(a, [(i, i) for i in range(1, 26)]))
    # 06: every prefix and every suffix, including the full array
    a = [rng.randint(-10**9, 10**9) for _ in range(20)]
    cases.append(render(a, [(1, i) for i in range(1, 21)] + [(i, 20) for i in range(1, 21)]))
    # 07: random medium
    a = [rng.randint(-10**9, 10**9) for _ in range(1000)]
    cases.append(render(a, random_queries(rng, 1000, 1000)))
    # 08: extreme values, all 10^9: sums far beyond 32 bits
    n = 30000
    cases.append(render([10**9] * n, wide_queries(rng, n, 3000) + [(1, n)]))
    # 09: alternating +-10^9
    n = 30000
    a = [10**9 if i % 2 else -10**9 for i in range(n)]
    cases.append(render(a, random_queries(rng, n, 3000)))
    # 10: maximum q on a tiny array
    n = 9
    a = [rng.randint(0, 1) for _ in range(n)]
    cases.append(render(a, random_queries(rng, n, 200000)))
    # 11: maximum n, one query over everything
    n = 200000
    a = [rng.randint(-99, 99) for _ in range(n)]
    cases.append(render(a, [(1, n)]))
    # 12-13: maximum n with many wide ranges (O(n * q) is far too slow)
    n = 200000
    a = [rng.randint(-9, 9) for _ in range(n)]
    cases.append(render(a, wide_queries(rng, n, 40000)))
    a = [rng.randint(0, 999) for _ in range(n)]
    cases.append(render(a, wide_queries(rng, n, 20000)))
    # 14: random large
    n = 20000
    a = [rng.randint(-10**9, 10**9) for _ in range(n)]
    cases.append(render(a, random_queries(rng, n, 20000)))
    return cases


def small_case(rng: random.Random) -> str:
    n = rng.randint(1, 12)
    bound = rng.choice([1, 10, 10**9])
    a = [rng.randint(-bound, bound) for _ in range(n)]
    return render(a, random_queries(rng, n, rng.randint(1, 12)))


if __name__ == "__main__":
    genlib.StdioExercise(__file__).main(SAMPLES, hidden_cases, SEED, stress=small_case,
                                        brute="submissions/time_limit_exceeded/brute.py")
