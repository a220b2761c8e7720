#!/usr/bin/env python3
"""Side-by-side judging speed: grind vs a plain loop vs `oj t -j 2` (online-judge-tools), on the
same tiny stdio cases, and grind's function-mode cost per case vs one process per case.

Everything runs the same real interpreter (resolved past pyenv-style shims). oj is installed
from PyPI into bench/.venv on first use (pass --no-oj to skip it).

Usage: python3 bench/compare.py [--grind target/release/grind] [--cases 200] [--reps 3] [--no-oj]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def best(fn, reps):
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def ensure_oj():
    venv = os.path.join(HERE, ".venv")
    oj = os.path.join(venv, "bin", "oj")
    if not os.path.exists(oj):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([os.path.join(venv, "bin", "pip"), "install", "-q", "online-judge-tools"], check=True)
    return oj


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--grind", default="target/release/grind")
    ap.add_argument("--cases", type=int, default=200)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--no-oj", action="store_true")
    args = ap.parse_args()
    grind = os.path.abspath(args.grind)
    real = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                          capture_output=True, text=True, check=True).stdout.strip()
    n = args.cases
    d = tempfile.mkdtemp(prefix="grind-bench-")
    # --- stdio cases, in grind's (Kattis) layout and oj's layout
    pkg = os.path.join(d, "tiny")
    os.makedirs(os.path.join(pkg, "data", "secret"))
    os.makedirs(os.path.join(d, "test"))
    with open(os.path.join(pkg, "problem.yaml"), "w") as f:
        f.write("name: Tiny\n")
    cases = []
    for i in range(n):
        inp, ans = "%d %d\n" % (i, i + 1), "%d\n" % (2 * i + 1)
        cases.append((inp, ans))
        for path, text in ((os.path.join(pkg, "data", "secret", "%03d.in" % i), inp),
                           (os.path.join(pkg, "data", "secret", "%03d.ans" % i), ans),
                           (os.path.join(d, "test", "sample-%03d.in" % i), inp),
                           (os.path.join(d, "test", "sample-%03d.out" % i), ans)):
            with open(path, "w") as f:
                f.write(text)
    sol = os.path.join(d, "sol.py")
    with open(sol, "w") as f:
        f.write("a, b = map(int, input().split())\nprint(a + b)\n")

    def plain_loop():
        for inp, ans in cases:
            out = subprocess.run([real, sol], input=inp.encode(), capture_output=True).stdout
            assert out.decode().split() == ans.split()

    def grind_stdio():
        r = subprocess.run([grind, "check", pkg, "--file", sol, "--json"], capture_output=True)
        assert json.loads(r.stdout)["verdict"] == "accepted", r.stderr

    results = {"plain loop": best(plain_loop, args.reps), "grind": best(grind_stdio, args.reps)}
    if not args.no_oj:
        oj = ensure_oj()

        def oj_t():
            r = subprocess.run([oj, "t", "-j", "2", "-c", "%s %s" % (real, sol), "-d", os.path.join(d, "test")],
                               capture_output=True, cwd=d)
            assert r.returncode == 0, r.stdout[-500:]

        results["oj t -j 2"] = best(oj_t, args.reps)
    print("stdio: %d tiny cases, best of %d" % (n, args.reps))
    for name, t in results.items():
        print("  %-12s %6.2f s  (%5.1f ms per case)" % (name, t, 1000 * t / n))
    print("  grind / plain loop = %.2f   (target <= 0.25)" % (results["grind"] / results["plain loop"]))
    if "oj t -j 2" in results:
        print("  grind / oj t -j 2  = %.2f   (target <= 0.35)" % (results["grind"] / results["oj t -j 2"]))

    # --- function mode: all cases in one interpreter vs one process per case
    ex = os.path.join(d, "fn-add")
    os.makedirs(os.path.join(ex, "tests"))
    with open(os.path.join(ex, "exercise.toml"), "w") as f:
        f.write('title = "Add"\nkind = "function"\ndifficulty = "easy"\ntopics = ["math"]\n'
                'target_minutes = 1\n[function]\nname = "add"\n')
    for name, text in (("prompt.md", "# Add\n"), ("starter.py", "def add(a, b):\n    pass\n"),
                       ("solution.py", "def add(a, b):\n    return a + b\n")):
        with open(os.path.join(ex, name), "w") as f:
            f.write(text)
    with open(os.path.join(ex, "tests", "sample.jsonl"), "w") as f:
        f.write('{"args":[1,2],"expected":3}\n')
    for count in (1, n):
        with open(os.path.join(ex, "tests", "hidden.jsonl"), "w") as f:
            for i in range(count - 1):
                f.write(json.dumps({"args": [i, i + 1], "expected": 2 * i + 1}) + "\n")

        def grind_fn():
            r = subprocess.run([grind, "check", ex, "--file", os.path.join(ex, "solution.py"),
                                "--json", "--jobs", "1"], capture_output=True)
            assert json.loads(r.stdout)["verdict"] == "accepted", r.stderr
        results["fn%d" % count] = best(grind_fn, args.reps)
    harness = os.path.join(d, "one_case.py")
    with open(harness, "w") as f:
        f.write("import sys, json\nsys.path.insert(0, %r)\nfrom solution import add\n"
                "a, b = json.loads(sys.stdin.read())\nprint(json.dumps(add(a, b)))\n" % ex)

    def per_process():
        for i in range(n):
            subprocess.run([real, "-I", "-S", harness], input=json.dumps([i, i + 1]).encode(),
                           capture_output=True, check=True)

    results["per process"] = best(per_process, args.reps)
    per_case = (results["fn%d" % n] - results["fn1"]) / (n - 1)
    print("function: %d cases, --jobs 1, best of %d" % (n, args.reps))
    print("  grind, 1 case          %6.3f s" % results["fn1"])
    print("  grind, %d cases      %6.3f s  -> %.2f ms per extra case (target < 2 ms)" % (n, results["fn%d" % n], 1000 * per_case))
    print("  one process per case   %6.3f s  (%.1f ms per case)" % (results["per process"], 1000 * results["per process"] / n))


if __name__ == "__main__":
    main()
