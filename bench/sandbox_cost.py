#!/usr/bin/env python3
"""Measures what confinement costs per run.

Builds a throwaway Kattis package with N tiny stdio cases and judges a trivial solution with
`grind check --jobs 1` under three settings, taking the best of R repetitions of each:

Every setting uses GRIND_NO_BATCH=1 (one interpreter, keeper and sandbox per case), since
the cost of confinement per run is what is measured; the default batch mode pays it once per
worker, not once per case.

  bare        GRIND_NO_PID_NAMESPACE=1 GRIND_SANDBOX=off  (keeper + limits only)
  namespaces  GRIND_SANDBOX=off                           (+ PID/net/mount/UTS/IPC namespaces)
  full        (default)                                   (+ Landlock, seccomp, caps, mounts, cgroup)

Usage: python3 bench/sandbox_cost.py [--grind target/release/grind] [--cases 200] [--reps 3]
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--grind", default="target/release/grind")
    ap.add_argument("--cases", type=int, default=200)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    grind = os.path.abspath(args.grind)
    with tempfile.TemporaryDirectory() as d:
        pkg = os.path.join(d, "tiny")
        os.makedirs(os.path.join(pkg, "data", "secret"))
        with open(os.path.join(pkg, "problem.yaml"), "w") as f:
            f.write("name: Tiny\n")
        for i in range(args.cases):
            base = os.path.join(pkg, "data", "secret", "%03d" % i)
            with open(base + ".in", "w") as f:
                f.write("%d %d\n" % (i, i + 1))
            with open(base + ".ans", "w") as f:
                f.write("%d\n" % (2 * i + 1))
        sol = os.path.join(d, "sol.py")
        with open(sol, "w") as f:
            f.write("a, b = map(int, input().split())\nprint(a + b)\n")
        settings = [
            ("bare", {"GRIND_NO_PID_NAMESPACE": "1", "GRIND_SANDBOX": "off"}),
            ("namespaces", {"GRIND_SANDBOX": "off"}),
            ("full", {}),
        ]
        results = {}
        for name, extra in settings:
            env = dict(os.environ)
            env.pop("GRIND_NO_PID_NAMESPACE", None)
            env.pop("GRIND_SANDBOX", None)
            env["GRIND_NO_BATCH"] = "1"
            env.update(extra)
            best = None
            for _ in range(args.reps):
                t0 = time.perf_counter()
                r = subprocess.run([grind, "check", pkg, "--file", sol, "--jobs", "1", "--json"],
                                   env=env, capture_output=True)
                dt = time.perf_counter() - t0
                if r.returncode != 0:
                    sys.exit("%s: grind failed: %s" % (name, r.stderr.decode()[-500:]))
                best = dt if best is None else min(best, dt)
            results[name] = best
            print("%-11s %7.3f s for %d runs = %6.2f ms per run" % (name, best, args.cases, 1000 * best / args.cases))
        for name in ("namespaces", "full"):
            delta = 1000 * (results[name] - results["bare"]) / args.cases
            print("%-11s costs %+.2f ms per run over bare" % (name, delta))
        delta = 1000 * (results["full"] - results["namespaces"]) / args.cases
        print("confinement (Landlock, seccomp, caps, mounts, cgroup) costs %+.2f ms per run" % delta)


if __name__ == "__main__":
    main()
