#!/usr/bin/env python3
"""Seeded generator for count-inversions: writes tests/sample and tests/hidden.

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

SEED = 5150

SAMPLES = [
    "5\n2 4 1 3 5\n",
    "6\n5 -2 5 0 -2 9\n",
    "1\n42\n",
]


def render(a: list[int]) -> str:
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n"


def hidden_cases(rng: random.Random) -> list[str]:
    cases = []
    # 01-04: minimal arrays
    cases.append(render([-1000000000]))
    cases.append(render([1, 2]))
    cases.append(render([2, 1]))
    cases.append(render([7, 7]))
    # 05: all equal: no inversions at all
    cases.append(render([3] * 1000))
    # 06: small, negatives and duplicates
    cases.append(render([rng.randint(-5, 5) for _ in range(40)]))
    # 07: extremes alternating
    cases.append(render([10**9 if i % 2 == 0 else -10**9 for i in range(1000)]))
    # 08: random medium
    cases.append(render([rng.randint(-10**9, 10**9) for _ in range(3000)]))
    # 09: only two distinct values
    cases.append(render([rng.choice([0, 1]) for _ in range(5000)]))
    # 10: sorted except for a few swaps
    a = list(range(1, 60001))
    for _ in range(50):
        i, j = rng.randrange(len(a)), rng.randrange(len(a))
        a[i], a[j] = a[j], a[i]
    cases.append(render(a))
    # 11: maximum n, strictly decreasing: the maximum answer n * (n - 1) / 2
    cases.append(render(list(range(200000, 0, -1))))
    # 12: maximum n, strictly increasing: zero
    cases.append(render(list(range(-100000, 100000))))
    # 13: maximum n, many duplicates
    cases.append(render([rng.randint(0, 9) for _ in range(200000)]))
    # 14: maximum n, random values with some duplicates
    cases.append(render([rng.randint(-99999, 99999) for _ in range(200000)]))
    # 15: large, random values over the whole range
    cases.append(render([rng.randint(-10**9, 10**9) for _ in range(100000)]))
    return cases


def small_case(rng: random.Random) -> str:
    n = rng.randint(1, 40)
    bound = rng.choice([1, 3, 10**9])
    return render([rng.randint(-bound, bound) for _ in range(n)])


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
