#!/usr/bin/env python3
"""Seeded generator for interval-merging: writes tests/sample and tests/hidden.

python3 gen.py             rewrite every test (the .ans files come from solution.py)
python3 gen.py --stress N  compare solution.py with the brute force on N small random cases
"""
import argparse
import io
import random
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

SEED = 8086

SAMPLES = [
    "4\n1 3\n8 10\n2 6\n15 18\n",
    "5\n6 8\n3 5\n1 3\n-4 -2\n-1 0\n",
    "3\n1 10\n2 3\n4 5\n",
]

LIMIT = 10**9

Interval = tuple[int, int]


def render(intervals: list[Interval]) -> str:
    lines = [str(len(intervals))] + [f"{l} {r}" for l, r in intervals]
    return "\n".join(lines) + "\n"


def random_intervals(rng: random.Random, n: int, lo: int, hi: int, max_len: int) -> list[Interval]:
    out = []
    for _ in range(n):
        l = rng.randint(lo, hi)
        out.append((l, min(hi, l + rng.randint(0, max_len))))
    return out


def shuffled(rng: random.Random, intervals: list[Interval]) -> list[Interval]:
    intervals = list(intervals)
    rng.shuffle(intervals)
    return intervals


def hidden_cases(rng: random.Random) -> list[str]:
    cases = []
    # 01-02: a single interval; a single point at the lowest coordinate
    cases.append(render([(5, 9)]))
    cases.append(render([(-LIMIT, -LIMIT)]))
    # 03: two intervals touching at an endpoint, given in reverse order
    cases.append(render([(3, 5), (1, 3)]))
    # 04: a gap of one between integer ends: nothing merges
    cases.append(render([(3, 4), (1, 2), (-2, 0)]))
    # 05: intervals inside an earlier, longer one
    cases.append(render([(1, 10), (2, 3), (5, 7), (12, 14), (13, 13)]))
    # 06: duplicates
    cases.append(render([(4, 6)] * 5 + [(-3, -1)] * 3))
    # 07: points only, with repeats, some touching longer intervals
    cases.append(render(shuffled(rng, [(p, p) for p in (0, 0, 2, 5, 5, 7, -1)] + [(5, 6), (8, 9)])))
    # 08: the full coordinate range swallows everything
    cases.append(render(shuffled(rng, [(-LIMIT, LIMIT)] + random_intervals(rng, 50, -LIMIT, LIMIT,
                                                                           10**8))))
    # 09: small random, negatives
    cases.append(render(random_intervals(rng, 30, -50, 50, 6)))
    # 10: a chain of intervals each touching the next, shuffled: one block
    cases.append(render(shuffled(rng, [(3 * i, 3 * i + 3) for i in range(-500, 500)])))
    # 11: nested intervals, shuffled
    cases.append(render(shuffled(rng, [(-i * 1000, i * 1000 + 7) for i in range(2000)])))
    # 12: medium random at the coordinate extremes
    cases.append(render(random_intervals(rng, 2000, -LIMIT, LIMIT, 2 * 10**6)))
    # 13: mixed: long intervals with short ones inside and between them
    intervals = random_intervals(rng, 300, -10**6, 10**6, 20000)
    intervals += random_intervals(rng, 5000, -10**6, 10**6, 30)
    cases.append(render(shuffled(rng, intervals)))
    # 14: maximum n on a small range: heavy overlap, many repeats
    cases.append(render(random_intervals(rng, 200000, -50, 50, 3)))
    # 15: many disjoint intervals, shuffled: merging pairs compares all of them
    n = 60000
    starts = sorted(rng.sample(range(0, 20 * n, 4), n))
    cases.append(render(shuffled(rng, [(s, s + rng.randint(0, 2)) for s in starts])))
    # 16: many intervals that only touch, shuffled: one block
    n = 50000
    cases.append(render(shuffled(rng, [(2 * i, 2 * i + 2) for i in range(n)])))
    # 17: random, large coordinates, mixed gaps and overlaps
    cases.append(render(random_intervals(rng, 20000, -LIMIT, LIMIT, 10**5)))
    return cases


def small_case(rng: random.Random) -> str:
    n = rng.randint(1, 12)
    span = rng.choice([3, 10, 30])
    return render(random_intervals(rng, n, -span, span, rng.choice([0, 2, 8])))


HERE = Path(__file__).resolve().parent


def run_reference(text: str) -> str:
    """Run solution.py as the judge would: a separate process reading stdin."""
    result = subprocess.run(
        [sys.executable, str(HERE / "solution.py")],
        input=text.encode(), stdout=subprocess.PIPE, check=True,
    )
    return result.stdout.decode()


def run_in_process(path: Path, text: str) -> str:
    """Run a stdio script in this process (much faster than a subprocess, for --stress)."""
    old_in, old_out = sys.stdin, sys.stdout
    out = io.BytesIO()
    fake_out = io.TextIOWrapper(out, encoding="utf-8")
    sys.stdin = io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8")
    sys.stdout = fake_out
    try:
        runpy.run_path(str(path), run_name="__main__")
    finally:
        sys.stdin, sys.stdout = old_in, old_out
    fake_out.flush()
    result = out.getvalue().decode()
    fake_out.detach()
    return result


def write_cases(folder: str, cases: list[str]) -> None:
    target = HERE / "tests" / folder
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for number, text in enumerate(cases, 1):
        name = f"{number:02d}"
        (target / f"{name}.in").write_text(text, newline="\n")
        (target / f"{name}.ans").write_text(run_reference(text), newline="\n")


def stress(count: int) -> None:
    rng = random.Random(SEED + 1)
    reference = HERE / "solution.py"
    brute = HERE / "submissions" / "time_limit_exceeded" / "brute.py"
    for i in range(count):
        text = small_case(rng)
        want = run_in_process(brute, text)
        got = run_in_process(reference, text)
        if got.split() != want.split():
            print(f"stress case {i + 1} differs\n--- input ---\n{text}--- reference ---\n{got}"
                  f"--- brute ---\n{want}", file=sys.stderr)
            sys.exit(1)
    print(f"stress ok: {count} cases")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stress", type=int, metavar="N",
                        help="compare solution.py with the brute force on N small random cases")
    args = parser.parse_args()
    if args.stress is not None:
        stress(args.stress)
        return
    write_cases("sample", SAMPLES)
    write_cases("hidden", hidden_cases(random.Random(SEED)))


if __name__ == "__main__":
    main()
