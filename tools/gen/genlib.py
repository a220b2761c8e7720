"""Shared scaffolding for the exercise generators (`exercises/*/gen.py`).

An exercise's `gen.py` holds only what is specific to it: the hand-written edge cases, the
seeded random and adversarial cases, and a small-case generator for the stress test. This
module does the rest, the same way for every exercise:

    python3 gen.py               write tests/ from the generator and the reference
    python3 gen.py --check       regenerate in memory and fail if tests/ differs (CI runs this)
    python3 gen.py --stress N    compare the reference with the brute force on N small cases

Expected answers always come from the reference (`solution.py`), run the way the judge runs it:
a `function` reference is called in-process with the judge's prelude (`src/python/prelude.py`:
`ListNode`, `TreeNode`, the typing names) and its list encodings; a `stdio` reference runs as
its own process reading the case on stdin. Generators need Python 3.11 or newer (`tomllib`);
the exercises themselves must work on every supported Python.

A function exercise's gen.py:

    import genlib
    ex = genlib.FunctionExercise(__file__)

    def build(ex, rng):
        samples = [ex.case("sample-1", [2, 7, 11, 15], 9)]
        hidden = [ex.case("two-elements", [1, 2], 3), ...]
        return samples, hidden

    def small(rng):                       # arguments of one small random case
        return [rng.randint(-5, 5) for _ in range(rng.randint(2, 8))], rng.randint(-10, 10)

    ex.main(build, seed=2024, stress=small, brute="submissions/time_limit_exceeded/brute.py")

A stdio exercise's gen.py:

    import genlib
    ex = genlib.StdioExercise(__file__)
    ex.main(samples=["3\\n1 2 3\\n"], hidden=hidden_cases, seed=7, stress=small_case,
            brute="submissions/time_limit_exceeded/brute.py")

where `hidden_cases(rng)` returns a list of input texts or of `(slug, text)` pairs (files are
named `01`, `02`, ... or `01-slug`, ...) and `small_case(rng)` returns one small input text.
"""

import argparse
import copy
import io
import json
import math
import os
import random
import runpy
import subprocess
import sys
import threading
from pathlib import Path

try:
    import tomllib
except ImportError:  # pragma: no cover - authoring needs 3.11+
    sys.exit("genlib: generators need Python 3.11 or newer (tomllib); run them with python3.11+")

ROOT = Path(__file__).resolve().parents[2]
PRELUDE = ROOT / "src" / "python" / "prelude.py"

# Test data is embedded in the grind binary: keep each exercise's tests small.
SIZE_WARNING = 2 * 1024 * 1024


def _prelude():
    return runpy.run_path(str(PRELUDE))


class GenError(Exception):
    """A mistake in a generator (not in the solution under test)."""


def _args():
    parser = argparse.ArgumentParser(description="write, check or stress-test this exercise's tests")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true",
                      help="regenerate in memory and fail if tests/ differs from it")
    mode.add_argument("--stress", type=int, metavar="N",
                      help="compare the reference with the brute force on N small random cases")
    return parser.parse_args()


class _Base:
    def __init__(self, gen_file):
        self.dir = Path(gen_file).resolve().parent
        self.name = self.dir.name
        with open(self.dir / "exercise.toml", "rb") as f:
            self.manifest = tomllib.load(f)
        checker = self.manifest.get("checker", {})
        self.checker = checker
        self.float_tolerance = checker.get("float_tolerance", 1e-6)

    def _report_size(self, total):
        note = f"{self.name}: {total / 1024:.0f} KiB of tests"
        if total > SIZE_WARNING:
            note += f" (over {SIZE_WARNING // 1024 // 1024} MiB: the binary embeds every test; shrink the large cases)"
        print(note)

    def _stress_loop(self, count, seed, make, run_ref, run_brute, same, show):
        rng = random.Random(seed + 1)
        for k in range(count):
            case = make(rng)
            want = run_brute(case)
            got = run_ref(case)
            if not same(got, want):
                print(f"{self.name}: stress case {k + 1} differs\n{show(case)}\n"
                      f"reference: {got!r}\nbrute:     {want!r}", file=sys.stderr)
                sys.exit(1)
        print(f"{self.name}: stress ok, {count} cases")


# ---------------------------------------------------------------- function exercises


def _from_list_node(head):
    out = []
    while head is not None:
        out.append(head.val)
        head = head.next
    return out


def _from_tree_node(root):
    out, queue, qi = [], [root], 0
    while qi < len(queue):
        node = queue[qi]
        qi += 1
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def _plain(v):
    """The value as the harness would report it: tuples become lists."""
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    return v


class Solution:
    """A loaded solution file, callable the way the judge calls it, returning JSON values."""

    def __init__(self, exercise, path):
        self.exercise = exercise
        self.path = path
        prelude = _prelude()
        ns = prelude["solution_namespace"]()
        ns["__name__"] = "solution"
        with open(path, "rb") as f:
            exec(compile(f.read(), str(path), "exec"), ns)
        spec = exercise.spec
        entry = spec.get("class") or spec.get("name")
        target = ns.get(entry)
        if target is None and isinstance(ns.get("Solution"), type):
            target = getattr(ns["Solution"](), entry, None)
        if target is None:
            raise GenError(f"{path} defines no `{entry}`")
        self.target = target
        self.to_list, self.to_tree = prelude["to_list_node"], prelude["to_tree_node"]

    def __call__(self, *args):
        args = copy.deepcopy(list(args))
        spec = self.exercise.spec
        if "class" in spec:
            ops, op_args = args
            obj = self.target(*op_args[0])
            out = [None]
            for op, a in zip(ops[1:], op_args[1:]):
                out.append(_plain(getattr(obj, op)(*a)))
            return out
        params = spec.get("params", [])
        conv = {"any": lambda v: v, "list_node": self.to_list, "tree_node": self.to_tree}
        call = [conv[params[k] if k < len(params) else "any"](a) for k, a in enumerate(args)]
        value = self.target(*call)
        returns = spec.get("returns", "any")
        if returns == "list_node":
            return _from_list_node(value)
        if returns == "tree_node":
            return _from_tree_node(value)
        return _plain(value)


class FunctionExercise(_Base):
    """A `function` exercise: tests are `tests/sample.jsonl` and `tests/hidden.jsonl`."""

    def __init__(self, gen_file):
        super().__init__(gen_file)
        if self.manifest.get("kind") != "function":
            raise GenError(f"{self.name}: FunctionExercise needs kind = \"function\"")
        self.spec = self.manifest.get("function", {})
        self.order = self.checker.get("order", "exact")
        self.reference = self.load("solution.py")

    def load(self, relpath):
        """Load a solution file of this exercise (reference, brute force, submission)."""
        return Solution(self, self.dir / relpath)

    def case(self, name, *args):
        """One test: `args` are the call's positional arguments (for a design problem, the
        operation list and the argument list); the expected value comes from the reference."""
        value = self.reference(*args)
        return {"name": name, "args": list(args), "expected": value}

    def same(self, got, want):
        """Equality as the judge's checker sees it (order and float tolerance)."""
        return _close(_canon(got, self.order, 0), _canon(want, self.order, 0), self.float_tolerance)

    def _render(self, cases):
        return "".join(json.dumps(c, separators=(",", ":"), allow_nan=False) + "\n" for c in cases).encode()

    def _files(self, samples, hidden):
        names = [c["name"] for c in samples + hidden]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            raise GenError(f"{self.name}: duplicate test names {sorted(dup)}")
        return {"sample.jsonl": self._render(samples), "hidden.jsonl": self._render(hidden)}

    def main(self, build, seed, stress=None, brute=None):
        """Run the command line: write, --check or --stress. `build(ex, rng)` returns
        (samples, hidden); `stress(rng)` returns the argument tuple of one small case;
        `brute` is a path (relative to the exercise) or a callable taking the same arguments."""
        args = _args()
        if args.stress is not None:
            if stress is None or brute is None:
                raise GenError(f"{self.name}: --stress needs `stress` and `brute`")
            slow = self.load(brute) if isinstance(brute, str) else brute

            def make(rng):
                a = stress(rng)
                return a if isinstance(a, tuple) else (a,)

            self._stress_loop(args.stress, seed, make, lambda a: self.reference(*a),
                              lambda a: _plain(slow(*copy.deepcopy(a))), self.same,
                              lambda a: f"args: {json.dumps(list(a))[:2000]}")
            return
        samples, hidden = build(self, random.Random(seed))
        files = self._files(samples, hidden)
        _write_or_check(self, self.dir / "tests", files, args.check)


def _canon(v, order, depth):
    """Sort lists where the checker ignores order, so two answers compare as the checker does."""
    if isinstance(v, list):
        items = [_canon(x, order, depth + 1) for x in v]
        if order == "unordered-nested" or (order == "unordered" and depth == 0):
            items.sort(key=lambda x: json.dumps(x, sort_keys=True))
        return items
    return v


def _close(a, b, tol):
    if isinstance(a, float) or isinstance(b, float):
        if isinstance(a, bool) or isinstance(b, bool):
            return False
        if not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
            return False
        return math.isclose(a, b, rel_tol=tol, abs_tol=tol)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_close(x, y, tol) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k], tol) for k in a)
    return type(a) is type(b) and a == b


# ---------------------------------------------------------------- stdio exercises


class StdioExercise(_Base):
    """A `stdio` exercise: tests are `tests/{sample,hidden}/<case>.in|.ans`."""

    def __init__(self, gen_file):
        super().__init__(gen_file)
        if self.manifest.get("kind") != "stdio":
            raise GenError(f"{self.name}: StdioExercise needs kind = \"stdio\"")
        self.mode = self.checker.get("mode", "tokens")

    def run_reference(self, text, path="solution.py"):
        """Run a program of this exercise as the judge would: its own process, input on stdin."""
        result = subprocess.run([sys.executable, "-I", "-S", str(self.dir / path)], input=text.encode(),
                                stdout=subprocess.PIPE, check=True)
        return result.stdout.decode()

    def run_in_process(self, path, text):
        """Run a stdio program in this process (much faster than a subprocess, for --stress)."""
        old_in, old_out = sys.stdin, sys.stdout
        out = io.BytesIO()
        fake_out = io.TextIOWrapper(out, encoding="utf-8")
        sys.stdin = io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8")
        sys.stdout = fake_out
        try:
            runpy.run_path(str(self.dir / path), run_name="__main__")
        except SystemExit:
            pass
        finally:
            sys.stdin, sys.stdout = old_in, old_out
        fake_out.flush()
        result = out.getvalue().decode()
        fake_out.detach()
        return result

    def same(self, got, want):
        """Equality as the judge's checker sees it (tokens or lines, float tolerance)."""
        if self.mode == "lines":
            a = [line.rstrip() for line in got.rstrip("\n").split("\n")]
            b = [line.rstrip() for line in want.rstrip("\n").split("\n")]
            return a == b
        a, b = got.split(), want.split()
        if len(a) != len(b):
            return False
        case = self.checker.get("case_sensitive", True)
        tol = self.checker.get("float_tolerance")
        for x, y in zip(a, b):
            if x == y or (not case and x.lower() == y.lower()):
                continue
            if tol is not None:
                try:
                    if math.isclose(float(x), float(y), rel_tol=tol, abs_tol=tol):
                        continue
                except ValueError:
                    pass
            return False
        return True

    def _named(self, cases):
        out = []
        for number, c in enumerate(cases, 1):
            if isinstance(c, tuple):
                slug, text = c
                out.append((f"{number:02d}-{slug}", text))
            else:
                out.append((f"{number:02d}", c))
        return out

    def main(self, samples, hidden, seed, stress=None, brute=None):
        """Run the command line: write, --check or --stress. `samples` is a list of input
        texts (or (slug, text) pairs); `hidden(rng)` returns the hidden ones; `stress(rng)`
        returns one small input; `brute` is a path relative to the exercise."""
        args = _args()
        if args.stress is not None:
            if stress is None or brute is None:
                raise GenError(f"{self.name}: --stress needs `stress` and `brute`")
            self._stress_loop(args.stress, seed, stress, lambda t: self.run_in_process("solution.py", t),
                              lambda t: self.run_in_process(brute, t), self.same,
                              lambda t: f"--- input ---\n{t[:2000]}")
            return
        groups = {"sample": self._named(samples), "hidden": self._named(hidden(random.Random(seed)))}
        for group, cases in groups.items():
            files = {}
            for name, text in cases:
                if not text.endswith("\n"):
                    raise GenError(f"{self.name}: {group}/{name}.in does not end with a newline")
                files[f"{name}.in"] = text.encode()
                files[f"{name}.ans"] = self.run_reference(text).encode()
            _write_or_check(self, self.dir / "tests" / group, files, args.check)


# ---------------------------------------------------------------- sql exercises


def _last_frame(data):
    """The payload of the last frame in `data`: frames are `<length>\n` then that many bytes
    (src/python/channel.py)."""
    last, at = b"", 0
    while at < len(data):
        end = data.index(b"\n", at)
        size = int(data[at:end])
        last = data[end + 1:end + 1 + size]
        at = end + 1 + size
    return last


class SqlExercise(_Base):
    """An `sql` exercise: tests are `tests/{sample,hidden}/<case>.sql` (the rows) and
    `<case>.json` (the expected result, from running `solution.sql` on them)."""

    RUNNER = ROOT / "src" / "python" / "sql_runner.py"
    CHANNEL = ROOT / "src" / "python" / "channel.py"

    def __init__(self, gen_file):
        super().__init__(gen_file)
        if self.manifest.get("kind") != "sql":
            raise GenError(f"{self.name}: SqlExercise needs kind = \"sql\"")
        self.schema = (self.dir / "schema.sql").read_text()
        self.check_query = self.manifest.get("sql", {}).get("check")
        self.order = self.checker.get("order", "unordered")

    def run(self, data, path="solution.sql"):
        """Run a query file of this exercise on `data` the way the judge does; returns the
        runner's record (`{"e": "result", "columns", "rows"}` or an error record)."""
        job = {"schema": self.schema, "data": data, "query": (self.dir / path).read_text(),
               "check": self.check_query}
        r, w = os.pipe()
        try:
            # grind runs the channel's code in front of the runner, as one script: so does this.
            script = self.CHANNEL.read_text() + "\n" + self.RUNNER.read_text()
            proc = subprocess.Popen([sys.executable, "-I", "-S", "-c", script], stdin=subprocess.PIPE,
                                    stdout=subprocess.DEVNULL, pass_fds=(3,),
                                    preexec_fn=lambda: os.dup2(w, 3))
        finally:
            os.close(w)
        # Read the channel while the runner works: a large result fills the pipe otherwise.
        chunks = []
        reader = threading.Thread(target=lambda: chunks.append(os.fdopen(r, "rb").read()))
        reader.start()
        proc.communicate(json.dumps(job).encode(), timeout=120)
        reader.join()
        return json.loads(_last_frame(b"".join(chunks)).split(b"\n", 1)[0])

    def same(self, got, want):
        if got.get("e") != "result" or want.get("e") != "result":
            return got == want
        a, b = got["rows"], want["rows"]
        if len(got["columns"]) != len(want["columns"]) or len(a) != len(b):
            return False
        if self.order != "exact":
            a, b = sorted(a, key=_row_key), sorted(b, key=_row_key)
        return all(_close(x, y, self.float_tolerance) for ra, rb in zip(a, b) for x, y in zip(ra, rb))

    def main(self, samples, hidden, seed, stress=None, brute=None):
        """Run the command line: write, --check or --stress. `samples` is a list of
        `(slug, data_sql)`; `hidden(rng)` returns the hidden ones; `stress(rng)` returns the data
        of one small random test; `brute` is another query file (relative to the exercise)."""
        args = _args()
        if args.stress is not None:
            if stress is None or brute is None:
                raise GenError(f"{self.name}: --stress needs `stress` and `brute`")
            self._stress_loop(args.stress, seed, stress, self.run, lambda d: self.run(d, brute), self.same,
                              lambda d: f"--- data ---\n{d[:2000]}")
            return
        groups = {"sample": samples, "hidden": hidden(random.Random(seed))}
        for group, cases in groups.items():
            files = {}
            for number, (slug, data) in enumerate(cases, 1):
                name = f"{number:02d}-{slug}"
                result = self.run(data)
                if result.get("e") != "result":
                    raise GenError(f"{self.name}: the reference fails on {group}/{name}: {result}")
                files[f"{name}.sql"] = data.encode()
                files[f"{name}.json"] = (json.dumps({"columns": result["columns"], "rows": result["rows"]},
                                                    separators=(",", ":")) + "\n").encode()
            _write_or_check(self, self.dir / "tests" / group, files, args.check)


def _row_key(row):
    return [(0, "") if v is None else (1, float(v)) if isinstance(v, (int, float)) else (2, json.dumps(v))
            for v in row]


# ---------------------------------------------------------------- writing and checking


def _write_or_check(ex, folder, files, check):
    """Write `files` (name -> bytes) as the whole content of `folder`, or with `check`, compare
    them with what is there and exit 1 on any difference."""
    folder = Path(folder)
    if check:
        have = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} if folder.is_dir() else {}
        problems = []
        for name in sorted(set(have) | set(files)):
            if name not in files:
                problems.append(f"{name} is in tests/ but the generator does not write it")
            elif name not in have:
                problems.append(f"{name} is missing from tests/")
            elif have[name] != files[name]:
                problems.append(f"{name} differs from what the generator writes")
        rel = folder.relative_to(ex.dir)
        if problems:
            print(f"{ex.name}: {rel} is out of date (run `python3 gen.py` and commit):", file=sys.stderr)
            for p in problems[:20]:
                print(f"  {p}", file=sys.stderr)
            sys.exit(1)
        print(f"{ex.name}: {rel} matches the generator ({len(files)} files)")
        return
    folder.mkdir(parents=True, exist_ok=True)
    for p in folder.iterdir():
        if p.is_file() and p.name not in files:
            p.unlink()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    ex._report_size(sum(len(d) for d in files.values()))
