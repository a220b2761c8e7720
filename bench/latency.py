#!/usr/bin/env python3
"""Fixed cost of grind's everyday commands, side by side in one run (issue 15).

Every measurement is repeated --reps times (default 10), interleaved: each round runs every
command once, in a shuffled order (seeded), so machine noise hits all of them alike and no
command is always the first of a round (the first paid about 4 ms more CPU on the dev
machine, whichever it was); the table shows medians. Each build gets a cache directory of its
own: builds of one version share cache keys but not always cache formats.

For `grind check` the *fixed cost* is what grind spends beyond the floor: its wall time and its
CPU time (user + system of grind and every process it waited for, from the child's rusage),
minus one bare `python -I -S -c pass` start of the real interpreter (measured in the same round)
and minus the solution's own CPU time as grind reports it in `--json` (the sum of the tests'
`time_ms`). Each check runs the exercise's reference (for `predict`, the right prediction), with
the calibration already cached (a warm-up round fills the cache and is not counted).

Checks run through the default `python3` on PATH (a pyenv shim on the dev machine) and through
a real binary (`--python`). `grind show` and `grind list` are measured whole.

Watch: `grind watch two-sum` runs with stdin and stdout on pipes; each round rewrites the
solution file (truncate, then write, as most editors save) and times two things from the
write: the first output on stdout (the "checking" line) and the verdict line (what a user
waits for: the watch's settling time is included). A check of the same file, timed in
`grind check`'s row, is the floor of the second. The watch's CPU time per save (grind and
every process it waited for, from `/proc/PID/stat`, over all rounds) is its CPU column.

Usage: python3 bench/latency.py [--grind target/release/grind] [--reps 10]
       [--python /root/.pyenv/versions/3.11.7/bin/python3] [--baseline OTHER_GRIND] [--no-watch]
       [--also NAME ...]

With --baseline, another build (say, main's) is measured in the same interleaved rounds, and
its rows are marked `baseline:`.
"""
import argparse
import json
import os
import random
import re
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EXERCISES = os.path.join(ROOT, "exercises")
VERDICT_LINE = re.compile(rb"^\s*(AC|WA|TLE|MLE|OLE|RE|CE|JE)\b.*\d+/\d+", re.M)
CHECKING_LINE = re.compile(rb"^checking .*\n", re.M)
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")


def run(cmd, cwd, env):
    """Runs `cmd`; returns (wall s, cpu s of it and its waited-for descendants, stdout)."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate()
    wall = time.perf_counter() - t
    # communicate() has reaped the child; its rusage is in our RUSAGE_CHILDREN delta, so
    # measure that instead of wait4 (which would race with Popen's own reaping).
    return wall, out, err, p.returncode


def timed(cmd, cwd, env):
    import resource
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall, out, err, code = run(cmd, cwd, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, out, err, code


def solution_cpu(out):
    j = json.loads(out)
    return sum(t["time_ms"] for t in j["tests"]) / 1000.0, j["verdict"]


def proc_cpu(pid):
    """CPU seconds of a live process and of the children it has waited for."""
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    # utime, stime, cutime, cstime are fields 14 to 17 (fields[11:15] after the name).
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def watch_latencies(grind, work, env, reps):
    """Save-to-first-output and save-to-verdict latencies of `grind watch two-sum`, one pair
    per round, and the CPU time per save."""
    ref = open(os.path.join(EXERCISES, "two-sum", "solution.py"), "rb").read()
    target = os.path.join(work, "two-sum.py")
    with open(target, "wb") as f:
        f.write(ref)
    p = subprocess.Popen([grind, "--color", "never", "watch", "two-sum"], cwd=work, env=env,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    buf = b""

    def wait_for(pattern, deadline):
        nonlocal buf
        while time.perf_counter() < deadline:
            m = pattern.search(ANSI.sub(b"", buf))
            if m:
                buf = ANSI.sub(b"", buf)[m.end():]
                return True
            r, _, _ = select.select([p.stdout], [], [], 0.05)
            if r:
                chunk = os.read(p.stdout.fileno(), 65536)
                if not chunk:
                    return False
                buf += chunk
        return False

    if not wait_for(VERDICT_LINE, time.perf_counter() + 30):
        p.kill()
        raise SystemExit("grind watch printed no verdict")
    times = []
    cpu = proc_cpu(p.pid)
    for i in range(reps):
        time.sleep(0.4)  # let the previous check settle, as a typing user does
        buf = b""
        t = time.perf_counter()
        with open(target, "wb") as f:
            f.write(ref + b"# save %d\n" % i)
        if not wait_for(CHECKING_LINE, t + 30):
            p.kill()
            raise SystemExit("grind watch printed no checking line after a save")
        first = time.perf_counter() - t
        if not wait_for(VERDICT_LINE, t + 30):
            p.kill()
            raise SystemExit("grind watch printed no verdict after a save")
        times.append((first, time.perf_counter() - t))
    time.sleep(0.4)  # the footer and the attempt's record come after the verdict line
    cpu = (proc_cpu(p.pid) - cpu) / reps
    p.stdin.write(b"q\n")
    p.stdin.close()
    p.wait(timeout=10)
    return times, cpu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--grind", default=os.path.join(ROOT, "target", "release", "grind"))
    ap.add_argument("--reps", type=int, default=10)
    ap.add_argument("--python", default="/root/.pyenv/versions/3.11.7/bin/python3",
                    help="the real interpreter binary for the `--python` rows")
    ap.add_argument("--no-watch", action="store_true")
    ap.add_argument("--baseline", help="another grind binary, measured in the same rounds")
    ap.add_argument("--also", nargs="*", default=[], metavar="NAME",
                    help="more function or stdio exercises to check with their reference, "
                         "through the real interpreter only (typical sizes of test data)")
    args = ap.parse_args()
    grind = os.path.abspath(args.grind)
    real = args.python
    work = tempfile.mkdtemp(prefix="grind-latency-")
    envs = {}

    def env_for(tag):
        if tag not in envs:
            e = dict(os.environ, NO_COLOR="1",
                     GRIND_CACHE_DIR=os.path.join(work, ".cache-%d" % len(envs)))
            e.pop("GRIND_PYTHON", None)
            envs[tag] = e
        return envs[tag]

    env = env_for("")

    exercises = [
        ("function", "two-sum", "solution.py"),
        ("stdio", "range-sum-queries", "solution.py"),
        ("predict", "mutable-default-argument", "expected.txt"),
    ]
    commands = {}  # label -> (argv, kind, env): kind "check" subtracts the floor
    binaries = [("", grind)]
    if args.baseline:
        binaries.append(("baseline: ", os.path.abspath(args.baseline)))
    for tag, exe in binaries:
        e = env_for(tag)
        for kind, name, ref in exercises:
            path = os.path.join(EXERCISES, name, ref)
            base = [exe, "check", name, "--file", path, "--json"]
            commands["%scheck %s (%s), python3 shim" % (tag, kind, name)] = (base, "check", e)
            commands["%scheck %s (%s), --python real" % (tag, kind, name)] = (
                [exe, "--python", real] + base[1:], "check", e)
        for name in args.also:
            path = os.path.join(EXERCISES, name, "solution.py")
            commands["%scheck %s, --python real" % (tag, name)] = (
                [exe, "--python", real, "check", name, "--file", path, "--json"], "check", e)
        commands["%sshow two-sum" % tag] = ([exe, "show", "two-sum"], "plain", e)
        commands["%slist" % tag] = ([exe, "list"], "plain", e)

    # Warm-up: fills the calibration cache and the page cache; not counted.
    for argv, _, e in commands.values():
        timed(argv, work, e)
    bare = []
    rows = {k: [] for k in commands}
    order = list(commands)
    shuffle = random.Random(15).shuffle
    for _ in range(args.reps):
        w, c, _, _, _ = timed([real, "-I", "-S", "-c", "pass"], work, env)
        bare.append((w, c))
        shuffle(order)
        for label in order:
            argv, kind, e = commands[label]
            wall, cpu, out, err, code = timed(argv, work, e)
            if kind == "check":
                sol, verdict = solution_cpu(out)
                if verdict != "accepted":
                    raise SystemExit("%s: %s\n%s" % (label, verdict, err.decode()))
                rows[label].append((wall - w - sol, cpu - c - sol, wall, cpu, sol))
            else:
                if code != 0:
                    raise SystemExit("%s failed: %s" % (label, err.decode()))
                rows[label].append((wall, cpu, wall, cpu, 0.0))
    watch = None if args.no_watch else watch_latencies(grind, work, env, args.reps)
    base_watch = None
    if args.baseline and not args.no_watch:
        base_watch = watch_latencies(os.path.abspath(args.baseline), work,
                                     env_for("baseline: "), args.reps)

    med = lambda xs: statistics.median(xs) * 1000
    uname = os.uname()
    print("%s, %s %s, %d cores, median of %d interleaved rounds, `python3 bench/latency.py`"
          % (time.strftime("%Y-%m-%d"), uname.sysname, uname.machine, os.cpu_count(), args.reps))
    print()
    print("bare `%s -I -S -c pass`: %.1f ms wall, %.1f ms CPU" % (
        real, med([b[0] for b in bare]), med([b[1] for b in bare])))
    print()
    print("| command | fixed wall (ms) | fixed CPU (ms) | total wall (ms) | total CPU (ms) | solution CPU (ms) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label, rs in rows.items():
        cols = [med([r[i] for r in rs]) for i in range(5)]
        fixed = ("%.0f" % cols[0], "%.0f" % cols[1]) if commands[label][1] == "check" else ("", "")
        _, tag, rest = label.rpartition("baseline: ")
        print("| %s`grind %s` | %s | %s | %.0f | %.0f | %s |" % (
            tag, rest, fixed[0], fixed[1], cols[2], cols[3],
            "%.0f" % cols[4] if commands[label][1] == "check" else ""))
    for tag, measured in (("", watch), ("baseline: ", base_watch)):
        if measured:
            ts, cpu = measured
            print("| %s`grind watch two-sum`: save to first output | | | %.1f | | |"
                  % (tag, med([t[0] for t in ts])))
            print("| %s`grind watch two-sum`: save to verdict line | | | %.0f | %.0f | |"
                  % (tag, med([t[1] for t in ts]), cpu * 1000))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
