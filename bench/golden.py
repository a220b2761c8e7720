#!/usr/bin/env python3
"""Golden outputs: record what a `grind` binary prints, so that a change meant to keep behaviour
can be proven to keep it.

    python3 bench/golden.py record --grind target/release/grind --out /tmp/golden/before
    python3 bench/golden.py record --grind target/release/grind --out /tmp/golden/after
    python3 bench/golden.py diff /tmp/golden/before /tmp/golden/after

`record` runs one file per case into OUT: the command, its exit code, stdout and stderr. Cases:
`check --json` (and the terminal report) of every catalog exercise's reference, starter and
labelled submissions; every fixture solution under `tests/fixtures` (stdio ones both in batch
mode and with `GRIND_NO_BATCH=1`); `list`, `show` of every exercise, `doctor`, `verify` of the
fixtures; usage errors; the practice loop (start, check, hint, solution, stats, next, review,
mock, reset, watch) with `GRIND_NOW` pinned; a store with a verdict this grind does not know;
help texts and completions. Several run with `--color always` too, so colours are compared.

What varies from run to run is taken out: `time_ms`, `wall_ms` and `memory_bytes` in JSON,
milliseconds and MiB in terminal reports, and the seconds in "killed after N s of wall time".
Calibrated time limits are cached in OUT/../cache (`GRIND_CACHE_DIR`), so two recordings that
share it judge with the same limits. What still varies is load: a brute force near its time
limit may pass a different number of tests; `diff` shows such files, and `record --only REGEX`
records them again.
"""
import argparse
import concurrent.futures
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIX = ROOT / "tests" / "fixtures"
T0 = 1_700_000_000


def scrub_json(v):
    if isinstance(v, dict):
        return {k: scrub_json(x) for k, x in v.items() if k not in ("time_ms", "wall_ms", "memory_bytes")}
    if isinstance(v, list):
        return [scrub_json(x) for x in v]
    return v


def scrub_text(s):
    # Padding goes too: a column of times is as wide as its widest number.
    s = re.sub(r" *\b(\d+|N) ms\b", " N ms", s)
    s = re.sub(r" *\b(\d+\.\d|N) MiB\b", " N MiB", s)
    # A run killed at its wall deadline reports the wall time it took.
    s = re.sub(r"killed after \d+\.\d s of wall time", "killed after N s of wall time", s)
    return s


def scrub(stdout, json_out):
    if json_out:
        try:
            return json.dumps(scrub_json(json.loads(stdout)), indent=1, ensure_ascii=False) + "\n"
        except ValueError:
            pass
    return scrub_text(stdout)


class Recorder:
    def __init__(self, grind, out, cache):
        self.grind = str(Path(grind).resolve())
        self.out = Path(out)
        self.cache = Path(cache)
        self.jobs = []  # (name, argv, env, cwd, stdin, json)

    def add(self, name, args, env=None, cwd=None, stdin=None, json_out=None, color="never"):
        argv = [self.grind] + (["--color", color] if color else []) + [str(a) for a in args]
        if json_out is None:
            json_out = "--json" in args
        self.jobs.append((name, argv, env or {}, cwd, stdin, json_out))

    def run_one(self, job, scratch):
        name, argv, env, cwd, stdin, json_out = job
        tmp = Path(scratch) / "tmp"
        tmp.mkdir(exist_ok=True)
        full_env = {k: v for k, v in os.environ.items()
                    if not k.startswith("GRIND_") and k not in ("NO_COLOR", "VISUAL", "EDITOR")}
        full_env.update(TMPDIR=str(tmp), GRIND_CACHE_DIR=str(self.cache))
        full_env.update(env)
        p = subprocess.run(argv, cwd=cwd or scratch, env=full_env, input=stdin,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
        out = scrub(p.stdout.decode("utf-8", "replace"), json_out)
        err = scrub_text(p.stderr.decode("utf-8", "replace"))
        shown = " ".join(a.replace(self.grind, "grind") for a in argv)
        env_shown = " ".join(f"{k}={v}" for k, v in sorted(env.items()))
        return (f"$ {env_shown + ' ' if env_shown else ''}{shown}\nexit {p.returncode}\n"
                f"--- stdout\n{out}--- stderr\n{err}")

    def run(self, jobs):
        self.out.mkdir(parents=True, exist_ok=True)

        def work(job):
            with tempfile.TemporaryDirectory(prefix="golden-") as scratch:
                text = self.run_one(job, scratch)
            (self.out / (job[0] + ".txt")).write_text(text)
            return job[0]

        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            for i, name in enumerate(pool.map(work, self.jobs), 1):
                print(f"[{i}/{len(self.jobs)}] {name}", file=sys.stderr)


def slug(path):
    return str(path).replace("/", "~")


def catalog_cases(r):
    for ex in sorted((ROOT / "exercises").iterdir()):
        if not (ex / "exercise.toml").exists():
            continue
        predict = 'kind = "predict"' in (ex / "exercise.toml").read_text()
        files = [ex / ("expected.txt" if predict else "solution.py"), ex / "starter.py"]
        files += sorted(p for p in (ex / "submissions").glob("*/*") if p.is_file())
        for f in files:
            rel = f.relative_to(ex)
            r.add(f"check~{ex.name}~{slug(rel)}", ["check", ex.name, "--file", f, "--json"])
        r.add(f"check-text~{ex.name}~reference", ["check", ex.name, "--file", files[0]])
        r.add(f"check-text~{ex.name}~starter", ["check", ex.name, "--file", files[1], "--reveal"])
        r.add(f"show~{ex.name}", ["show", ex.name])


def fixture_cases(r):
    stdio = sorted((FIX / "solutions" / "stdio").glob("*.py"))
    function = sorted((FIX / "solutions" / "function").glob("*.py"))
    for pkg in ("native/add", "kattis/add"):
        for sol in stdio:
            for mode, env in (("batch", {}), ("classic", {"GRIND_NO_BATCH": "1"})):
                name = f"fixture~{slug(pkg)}~{sol.stem}~{mode}"
                r.add(name, ["check", FIX / pkg, "--file", sol, "--json", "--reveal"], env=env)
    for sol in function:
        r.add(f"fixture~pair-sum~{sol.stem}", ["check", FIX / "native/pair-sum", "--file", sol, "--json", "--reveal"])
    for sol in stdio[:4] + function[:4]:
        pkg = "native/add" if sol.parent.name == "stdio" else "native/pair-sum"
        r.add(f"fixture-text~{sol.parent.name}~{sol.stem}", ["check", FIX / pkg, "--file", sol, "--reveal"])
        r.add(f"fixture-color~{sol.parent.name}~{sol.stem}", ["check", FIX / pkg, "--file", sol], color="always")
    for ex in sorted((FIX / "native").iterdir()):
        subs = [ex / "solution.py", ex / "starter.py"] + sorted(p for p in ex.glob("submissions/*/*"))
        for f in subs:
            r.add(f"fixture~native~{ex.name}~{slug(f.relative_to(ex))}", ["check", ex, "--file", f, "--json"])
        r.add(f"show-fixture~{ex.name}", ["show", ex])
    hello = FIX / "kattis/hello-float"
    for f in sorted(hello.glob("submissions/*/*")):
        r.add(f"fixture~kattis~hello-float~{slug(f.relative_to(hello))}", ["check", hello, "--file", f, "--json"])
    r.add("fixture~kattis~custom-validator", ["check", FIX / "kattis/custom-validator", "--file", stdio[0]])
    for bad in ("bad/broken-meta", "bad/missing-files"):
        r.add(f"fixture~{slug(bad)}", ["check", FIX / bad, "--file", stdio[0]])
        r.add(f"verify~{slug(bad)}", ["verify", FIX / bad])
    r.add("verify~native-pack", ["--exercises", FIX / "native", "verify"])
    r.add("verify~native-pack-color", ["--exercises", FIX / "native", "verify"], color="always")
    r.add("verify~hello-float", ["verify", hello])
    r.add("verify~two-predicts", ["verify", "integer-identity", "mro-super-chain"])


def listing_cases(r):
    r.add("list", ["list"])
    r.add("list-json", ["list", "--json"])
    r.add("list-color", ["list"], color="always")
    r.add("list-kind-stdio", ["list", "--kind", "stdio", "--json"])
    r.add("list-kind-function-text", ["list", "--kind", "function"])
    r.add("list-difficulty-easy", ["list", "--difficulty", "easy"])
    r.add("list-topic", ["list", "--topic", "tree", "--json"])
    r.add("list-fixtures", ["--exercises", FIX / "native", "list"])
    r.add("list-with-errors", ["--exercises", FIX / "bad", "list"])
    r.add("doctor-json", ["doctor", "--json"])
    r.add("doctor", ["doctor"])
    r.add("doctor-color", ["doctor"], color="always")
    r.add("doctor-no-sandbox", ["doctor", "--json"], env={"GRIND_SANDBOX": "off"})
    r.add("show-color", ["show", "two-sum"], color="always")
    r.add("color-auto-no-color", ["list"], color="auto", env={"NO_COLOR": "1"})
    r.add("color-auto-pipe", ["list"], color="auto")
    r.add("help", ["--help"], color=None)
    r.add("version", ["--version"], color=None)
    for cmd in ("list", "check", "mock", "verify", "start"):
        r.add(f"help-{cmd}", [cmd, "--help"], color=None)
    r.add("completions-bash", ["completions", "bash"], color=None)


def error_cases(r):
    sol = FIX / "solutions/function/accepted.py"
    r.add("err-unknown-exercise", ["check", "two-summ", "--file", sol])
    r.add("err-unknown-far", ["check", "zzz", "--file", sol])
    r.add("err-missing-file", ["check", "two-sum"])
    r.add("err-no-python", ["--python", "/nonexistent/python3", "check", "two-sum", "--file", sol])
    r.add("err-python-env", ["check", "two-sum", "--file", sol], env={"GRIND_PYTHON": "/nonexistent/py"})
    r.add("err-time-limit", ["check", "two-sum", "--file", sol, "--time-limit", "0"])
    r.add("err-jobs", ["check", "two-sum", "--file", sol, "-j", "0"])
    r.add("err-exercises-dir", ["--exercises", "/nonexistent", "list"])
    r.add("err-kattis-no-file", ["check", FIX / "kattis/add"])
    r.add("err-kind", ["list", "--kind", "bogus"])
    r.add("err-difficulty", ["list", "--difficulty", "brutal"])
    r.add("err-mock-difficulty", ["mock", "--difficulty", "brutal"], env={"GRIND_NOW": str(T0)})
    r.add("err-no-current", ["check"])
    r.add("err-hint-none", ["hint"])
    r.add("err-mock-end", ["mock", "--end"])
    r.add("err-check-all-empty", ["check", "--all"])
    r.add("err-edit", ["start", "two-sum", "--edit"], env={"GRIND_NOW": str(T0)})
    r.add("err-solution-unsolved", ["solution", "two-sum"])
    r.add("err-watch-missing", ["watch", "two-sum"])
    r.add("time-limit-override", ["check", "two-sum", "--file", sol, "--time-limit", "3", "--json"])
    r.add("time-limit-override-fixture", ["check", FIX / "native/add", "--file",
                                          FIX / "solutions/stdio/accepted.py", "--time-limit", "0.5", "--json"])


def practice_case(r):
    """One workspace, one script: the whole practice loop with the clock pinned."""
    ref = ROOT / "exercises/two-sum/solution.py"
    pred = ROOT / "exercises/integer-identity/expected.txt"
    steps = [
        (T0, ["start", "two-sum"]),
        (T0 + 60, ["check"]),
        (T0 + 61, ["check", "--json"]),
        (T0 + 70, ["hint"]),
        (T0 + 80, ["hint", "two-sum"]),
        (T0 + 90, ["solution"]),
        (T0 + 100, ["cp", ref, "two-sum.py"]),
        (T0 + 120, ["check"]),
        (T0 + 130, ["watch"], "q\n"),
        (T0 + 140, ["solution"]),
        (T0 + 150, ["start", "integer-identity"]),
        (T0 + 160, ["check"]),
        (T0 + 170, ["cp", pred, "integer-identity.txt"]),
        (T0 + 180, ["check"]),
        (T0 + 190, ["solution", "integer-identity"]),
        (T0 + 200, ["start", "coin-change"]),
        (T0 + 210, ["solution", "coin-change", "--give-up"]),
        (T0 + 220, ["reset", "two-sum"]),
        # One job: attempts are recorded as they finish, and the store keeps their order.
        (T0 + 230, ["check", "--all", "-j", "1"]),
        (T0 + 231, ["check", "--all", "-j", "1"], None, "always"),
        (T0 + 240, ["stats"]),
        (T0 + 241, ["stats"], None, "always"),
        (T0 + 242, ["stats", "--json"]),
        (T0 + 250, ["next"]),
        (T0 + 260, ["review"]),
        (T0 + 86_400 * 4, ["review"]),
        (T0 + 86_400 * 4, ["next"]),
        (T0 + 86_400 * 4, ["mock", "--count", "2", "--minutes", "30", "--difficulty", "medium"]),
        (T0 + 86_400 * 4 + 10, ["mock"]),
        (T0 + 86_400 * 4 + 20, ["hint"]),
        (T0 + 86_400 * 4 + 30, ["check"]),
        (T0 + 86_400 * 4 + 40, ["mock", "--end"]),
        (T0 + 86_400 * 4 + 50, ["stats", "--json"]),
        (T0 + 86_400 * 4 + 60, ["start", "two-sum"]),
        (T0 + 86_400 * 4 + 70, ["start", "two-sum", "--force"]),
        (T0 + 86_400 * 4 + 80, ["cat", ".grind/progress.json"]),
    ]
    r.jobs.append(("practice-loop", steps, {}, None, None, None))


def unknown_verdict_case(r):
    """A store written by a grind that knows a verdict this one does not: it must stay readable."""
    store = {
        "version": 1,
        "current": "two-sum",
        "exercises": {"two-sum": {"started_at": T0, "hints_used": 1}},
        "attempts": [
            {"exercise": "two-sum", "at": T0 + 5, "verdict": "partially_accepted", "passed": 3,
             "total": 9, "elapsed_seconds": 5, "hints_used": 1},
            {"exercise": "two-sum", "at": T0 + 6, "verdict": "accepted", "passed": 9,
             "total": 9, "elapsed_seconds": 6, "hints_used": 1, "mock": True},
            {"exercise": "coin-change", "at": T0 + 7, "verdict": "wrong_answer", "passed": 1,
             "total": 9, "elapsed_seconds": 7, "hints_used": 0},
        ],
    }
    steps = [
        (T0 + 10, ["write-store", json.dumps(store, indent=2)]),
        (T0 + 10, ["stats"]),
        (T0 + 11, ["stats", "--json"]),
        (T0 + 12, ["review"]),
        (T0 + 13, ["check", "two-sum", "--file", ROOT / "exercises/two-sum/starter.py"]),
        (T0 + 14, ["cat", ".grind/progress.json"]),
    ]
    r.jobs.append(("unknown-verdict-store", steps, {}, None, None, None))


def run_script(r, steps):
    """Runs a list of (now, argv[, stdin[, color]]) steps in one workspace."""
    out = []
    with tempfile.TemporaryDirectory(prefix="golden-ws-") as ws:
        for step in steps:
            now, argv = step[0], step[1]
            stdin = step[2].encode() if len(step) > 2 and step[2] else None
            color = step[3] if len(step) > 3 else "never"
            if argv[0] == "cp":
                shutil.copy(argv[1], Path(ws) / argv[2])
                out.append(f"# cp {Path(argv[1]).relative_to(ROOT)} {argv[2]}\n")
                continue
            if argv[0] == "cat":
                out.append(f"# cat {argv[1]}\n{(Path(ws) / argv[1]).read_text()}")
                continue
            if argv[0] == "write-store":
                (Path(ws) / ".grind").mkdir(exist_ok=True)
                (Path(ws) / ".grind/progress.json").write_text(argv[1])
                out.append("# wrote .grind/progress.json\n")
                continue
            job = ("", [r.grind, "--color", color] + [str(a) for a in argv], {"GRIND_NOW": str(now)},
                   ws, stdin, "--json" in argv)
            out.append(r.run_one(job, ws).replace(ws, "WS"))
    return "".join(out)


def record(args):
    r = Recorder(args.grind, args.out, args.cache or Path(args.out).resolve().parent / "cache")
    catalog_cases(r)
    fixture_cases(r)
    listing_cases(r)
    error_cases(r)
    practice_case(r)
    unknown_verdict_case(r)
    scripts = [j for j in r.jobs if isinstance(j[1][0], tuple)]
    r.jobs = [j for j in r.jobs if not isinstance(j[1][0], tuple)]
    if args.only:
        r.jobs = [j for j in r.jobs if re.search(args.only, j[0])]
        scripts = [j for j in scripts if re.search(args.only, j[0])]
    r.run(args.jobs)
    for name, steps, *_ in scripts:
        (r.out / (name + ".txt")).write_text(run_script(r, steps))
        print(f"[script] {name}", file=sys.stderr)


def diff(args):
    a, b = Path(args.a), Path(args.b)
    names = sorted({p.name for p in a.glob("*.txt")} | {p.name for p in b.glob("*.txt")})
    differ = 0
    for n in names:
        x = scrub_text((a / n).read_text()).splitlines(keepends=True) if (a / n).exists() else []
        y = scrub_text((b / n).read_text()).splitlines(keepends=True) if (b / n).exists() else []
        if x != y:
            differ += 1
            sys.stdout.writelines(difflib.unified_diff(x, y, str(a / n), str(b / n)))
    print(f"{len(names)} case(s), {differ} differ", file=sys.stderr)
    return 1 if differ else 0


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("--grind", required=True)
    rec.add_argument("--out", required=True)
    rec.add_argument("--cache", help="GRIND_CACHE_DIR (default: OUT/../cache)")
    rec.add_argument("--jobs", type=int, default=1, help="cases at once (default 1: timing verdicts stay stable)")
    rec.add_argument("--only", help="a regex: record only the cases whose name matches")
    d = sub.add_parser("diff")
    d.add_argument("a")
    d.add_argument("b")
    args = p.parse_args()
    if args.cmd == "record":
        record(args)
        return 0
    return diff(args)


if __name__ == "__main__":
    sys.exit(main())
