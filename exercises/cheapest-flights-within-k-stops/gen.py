#!/usr/bin/env python3
"""Seeded generator for cheapest-flights-within-k-stops (see tools/gen/genlib.py)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 747
MAX_N = 100
MAX_P = 10**9


def check(n, flights, src, dst, k):
    assert 2 <= n <= MAX_N and len(flights) <= n * (n - 1) // 2
    assert 0 <= src < n and 0 <= dst < n and src != dst and 0 <= k <= n - 1
    pairs = set()
    for u, v, p in flights:
        assert 0 <= u < n and 0 <= v < n and u != v and 1 <= p <= MAX_P
        assert (u, v) not in pairs
        pairs.add((u, v))


def random_flights(rng, n, m, lo, hi):
    pairs = [(u, v) for u in range(n) for v in range(n) if u != v]
    return [[u, v, rng.randint(lo, hi)] for u, v in rng.sample(pairs, m)]


def relabel(rng, n, flights, src, dst):
    names = list(range(n))
    rng.shuffle(names)
    out = [[names[u], names[v], p] for u, v, p in flights]
    rng.shuffle(out)
    return out, names[src], names[dst]


def brute(n, flights, src, dst, k):
    """best[i][v] over explicit layers: cheapest with exactly i flights, then the minimum."""
    inf = float("inf")
    layer = [inf] * n
    layer[src] = 0
    best = inf
    for _ in range(k + 1):
        nxt = [inf] * n
        for u, v, p in flights:
            if layer[u] + p < nxt[v]:
                nxt[v] = layer[u] + p
        layer = nxt
        best = min(best, layer[dst])
    return -1 if best == inf else best


def build(ex, rng):
    def case(name, n, flights, src, dst, k):
        check(n, flights, src, dst, k)
        return ex.case(name, n, flights, src, dst, k)

    example = [[0, 1, 50], [1, 4, 300], [0, 2, 20], [2, 3, 20], [3, 4, 20], [0, 4, 500]]
    samples = [
        case("sample-1", 5, example, 0, 4, 1),
        case("sample-2", 5, example, 0, 4, 2),
        case("sample-3", 3, [[0, 1, 5]], 0, 2, 1),
    ]
    hidden = [
        case("two-cities-direct", 2, [[0, 1, 7]], 0, 1, 0),
        case("two-cities-wrong-direction", 2, [[1, 0, 7]], 0, 1, 1),
        case("no-flights", 4, [], 2, 3, 3),
        case("zero-stops-no-direct", 3, [[0, 1, 1], [1, 2, 1]], 0, 2, 0),
        case("flights-listed-in-route-order", 4, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 100]], 0, 3, 0),
        case("cheap-route-blocks-city", 5, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 100], [3, 4, 1]], 0, 4, 2),
        case("cheap-route-blocks-city-reversed", 6,
             [[4, 5, 2], [3, 4, 1], [0, 3, 300], [2, 3, 1], [1, 2, 1], [0, 1, 1]], 0, 5, 2),
        case("more-stops-allowed-than-needed", 4, [[0, 1, 3], [1, 2, 3], [2, 3, 3], [0, 3, 50]], 0, 3, 3),
        case("cycle-back-to-source", 4, [[0, 1, 1], [1, 0, 1], [1, 2, 5], [2, 3, 1], [0, 3, 20]], 0, 3, 1),
        case("source-has-no-outgoing", 4, [[1, 0, 5], [2, 3, 5], [1, 3, 2]], 0, 3, 3),
        case("destination-is-low-label", 4, [[3, 2, 4], [2, 1, 4], [1, 0, 4], [3, 0, 30]], 3, 0, 2),
        case("max-price-single-flight", 2, [[0, 1, MAX_P]], 0, 1, 0),
        # city 3 is first reached cheaply with too many stops; the dearer way in through 4
        # has fewer stops and is the only one that reaches 5 in time
        case("cheap-arrival-with-too-many-stops", 6,
             [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 4, 5], [4, 3, 5], [3, 5, 1]], 0, 5, 2),
    ]
    # a chain of 99 flights at about 10^9 each, exactly k = 98 stops: a total near 10^11
    chain = [[v, v + 1, MAX_P - rng.randint(0, 9)] for v in range(MAX_N - 1)]
    flights, src, dst = relabel(rng, MAX_N, chain, 0, MAX_N - 1)
    hidden.append(case("max-chain-huge-prices", MAX_N, flights, src, dst, MAX_N - 2))
    hidden.append(case("max-chain-one-stop-short", MAX_N, flights, src, dst, MAX_N - 3))
    for t in range(4):
        n = rng.randint(4, 9)
        m = rng.randint(min(2 * n, n * (n - 1) // 2), n * (n - 1) // 2)
        src, dst = rng.sample(range(n), 2)
        hidden.append(case(f"random-small-{t}", n, random_flights(rng, n, m, 1, 30), src, dst, rng.randint(1, n - 1)))
    n = 40
    src, dst = rng.sample(range(n), 2)
    hidden.append(case("random-medium", n, random_flights(rng, n, 500, 1, 1000), src, dst, 6))
    # maximum: every allowed flight, random prices; the stop limit cuts the cheapest route
    n = MAX_N
    m = n * (n - 1) // 2
    src, dst = rng.sample(range(n), 2)
    hidden.append(case("max-random-dense", n, random_flights(rng, n, m, 10**8, MAX_P), src, dst, 3))
    # maximum: a ladder of cheap flights 0 -> 1 -> ... -> 99 with expensive shortcuts, so
    # every extra stop allowed lowers the price a little; k in the middle
    flights = [[v, v + 1, 1] for v in range(n - 1)]
    for u in range(n):
        for v in range(u + 2, n):
            if len(flights) < m and rng.random() < 0.6:
                flights.append([u, v, (v - u) * 1000 - rng.randint(0, 500)])
    flights, src, dst = relabel(rng, n, flights, 0, n - 1)
    hidden.append(case("max-ladder-of-shortcuts", n, flights, src, dst, 40))
    # maximum: a maze of cheap flights among 99 cities, each with a costly last hop to dst;
    # trying every route cannot prune anything
    dst = n - 1
    flights = []
    others = list(range(n - 1))
    for u in others:
        flights.append([u, dst, MAX_P - rng.randint(0, 10**6)])
    pairs = [(u, v) for u in others for v in others if u < v]
    rng.shuffle(pairs)
    for u, v in pairs[:m - len(flights)]:
        if rng.random() < 0.5:
            u, v = v, u
        flights.append([u, v, rng.randint(1, 3)])
    flights, src, dst = relabel(rng, n, flights, 0, dst)
    hidden.append(case("max-cheap-maze", n, flights, src, dst, n - 1))
    return samples, hidden


def small(rng):
    n = rng.randint(2, 7)
    m = rng.randint(0, n * (n - 1) // 2)
    src, dst = rng.sample(range(n), 2)
    return n, random_flights(rng, n, m, 1, rng.choice([5, 100, MAX_P])), src, dst, rng.randint(0, n - 1)


if __name__ == "__main__":
    genlib.FunctionExercise(__file__).main(build, SEED, stress=small, brute=brute)
