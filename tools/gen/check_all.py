#!/usr/bin/env python3
"""Prove every exercise generator: its committed tests are exactly what it writes (`--check`),
and its reference agrees with its brute force on small random cases (`--stress N`).

    python3 tools/gen/check_all.py [--stress N] [--jobs J] [NAME ...]

Exit status 1 if any generator fails. CI runs this (it needs Python 3.11+ for tomllib).
"""
import argparse
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(gen, stress):
    env = dict(os.environ, PYTHONHASHSEED="0")
    started = time.monotonic()
    outputs = []
    for extra in (["--check"], ["--stress", str(stress)] if stress else None):
        if extra is None:
            continue
        proc = subprocess.run([sys.executable, str(gen), *extra], cwd=gen.parent, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        outputs.append(proc.stdout.strip())
        if proc.returncode != 0:
            return gen.parent.name, False, "\n".join(outputs), time.monotonic() - started
    return gen.parent.name, True, "\n".join(outputs), time.monotonic() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="exercises to check (default: every one with a gen.py)")
    parser.add_argument("--stress", type=int, default=200, metavar="N",
                        help="small random cases per stress test (0 skips it; default 200)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, metavar="J")
    args = parser.parse_args()
    gens = sorted((ROOT / "exercises").glob("*/gen.py"))
    if args.names:
        wanted = set(args.names)
        gens = [g for g in gens if g.parent.name in wanted]
        missing = wanted - {g.parent.name for g in gens}
        if missing:
            sys.exit(f"no gen.py for: {', '.join(sorted(missing))}")
    started = time.monotonic()
    failed = []
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for name, ok, output, secs in pool.map(lambda g: run(g, args.stress), gens):
            status = "ok" if ok else "FAILED"
            print(f"{status:6} {name} ({secs:.1f} s)")
            if not ok:
                failed.append(name)
                print("       " + output.replace("\n", "\n       "))
    print(f"{len(gens)} generators, {len(failed)} failed, {time.monotonic() - started:.1f} s")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
