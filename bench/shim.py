#!/usr/bin/env python3
"""What resolving `python3` through a version manager's shim costs a `grind check` (issue 15).

For each way `python3` can be reached, runs `grind check mutable-default-argument` (a predict
exercise: the smallest check) --reps times, interleaved with the same check given the real
binary (`--python`); the row is the median difference, in CPU (grind and every process it
waited for) and wall time, plus the `execve` calls of one check (counted under `strace -f`,
outside the timed runs).

`PATH` is the caller's without the directories `pyenv exec` puts first (when this script is
itself started through a pyenv shim, `$PYENV_ROOT/versions/<v>/bin` would otherwise find the
real binary before any shim).. A warm-up round fills the caches and is not counted.

Ways, each in a scratch directory that holds a `.tool-versions`:
- `pyenv 3.11.7`: the machine's pyenv shim, `PYENV_VERSION=3.11.7`;
- `pyenv 3.11`: the same with a version prefix (`pyenv latest` picks 3.11.x);
- `asdf (fake)`: an asdf shim in a fake `$ASDF_DATA_DIR` whose `asdf` is a small bash script
  that reads `.tool-versions` upward and execs the install (a real asdf does much more);
- `mise (fake)`: a link named `python3` to a fake `mise` script doing the same.

Usage: python3 bench/shim.py [--grind target/release/grind] [--baseline OTHER_GRIND] [--reps 10]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from latency import EXERCISES, solution_cpu, timed  # noqa: E402

REAL = "/root/.pyenv/versions/3.11.7/bin/python3"
MANAGER = r"""#!/usr/bin/env bash
# A stand-in for `asdf exec` / mise: the python version from .tool-versions, upward.
d=$PWD; v=
while [ "$d" != / ]; do
  if [ -f "$d/.tool-versions" ]; then v=$(sed -n 's/^python //p' "$d/.tool-versions" | cut -d' ' -f1); break; fi
  d=$(dirname "$d")
done
%(shift)sexec "%(data)s/installs/python/$v/bin/%(cmd)s" "$@"
"""


def executable(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    os.chmod(path, 0o755)


def fakes(work):
    """The fake asdf and mise trees; returns {way: extra environment}."""
    data = os.path.join(work, "asdf")
    os.makedirs(os.path.join(data, "installs/python/3.11.7/bin"))
    os.symlink(REAL, os.path.join(data, "installs/python/3.11.7/bin/python3"))
    executable(os.path.join(data, "bin/asdf"), MANAGER % {"data": data, "cmd": "python3", "shift": "shift 2; "})
    executable(os.path.join(data, "shims/python3"),
               '#!/usr/bin/env bash\n# asdf-plugin: python 3.11.7\nexec "%s/bin/asdf" exec "python3" "$@"\n' % data)
    mise = os.path.join(work, "mise")
    os.makedirs(os.path.join(mise, "installs/python/3.11.7/bin"))
    os.symlink(REAL, os.path.join(mise, "installs/python/3.11.7/bin/python3"))
    executable(os.path.join(mise, "bin/mise"), MANAGER % {"data": mise, "cmd": "python3", "shift": ""})
    os.makedirs(os.path.join(mise, "shims"))
    os.symlink(os.path.join(mise, "bin/mise"), os.path.join(mise, "shims/python3"))
    path = os.environ["PATH"]
    return {
        "pyenv 3.11.7": {"PYENV_VERSION": "3.11.7"},
        "pyenv 3.11": {"PYENV_VERSION": "3.11"},
        "asdf (fake)": {"ASDF_DATA_DIR": data, "PATH": os.path.join(data, "shims") + ":" + path},
        "mise (fake)": {"MISE_DATA_DIR": mise, "PATH": os.path.join(mise, "shims") + ":" + path},
    }


def execs(argv, cwd, env):
    log = os.path.join(cwd, "strace.log")
    subprocess.run(["strace", "-f", "-qq", "-e", "trace=execve", "-o", log] + argv, cwd=cwd,
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    with open(log) as f:
        return sum(1 for line in f if "execve" in line and line.rstrip().endswith("= 0"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--grind", default=os.path.join(os.path.dirname(EXERCISES), "target/release/grind"))
    ap.add_argument("--baseline")
    ap.add_argument("--reps", type=int, default=10)
    args = ap.parse_args()
    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    os.environ["PATH"] = ":".join(d for d in os.environ["PATH"].split(":")
                                  if not d.startswith(os.path.join(root, "versions") + "/")
                                  and not d.startswith(os.path.join(root, "libexec"))
                                  and not d.startswith(os.path.join(root, "plugins")))
    for k in ("PYENV_VERSION", "PYENV_DIR"):
        os.environ.pop(k, None)
    work = tempfile.mkdtemp(prefix="grind-shim-")
    with open(os.path.join(work, ".tool-versions"), "w") as f:
        f.write("python 3.11.7\n")
    ways = fakes(work)
    answer = os.path.join(EXERCISES, "mutable-default-argument", "expected.txt")
    binaries = [("", os.path.abspath(args.grind))]
    if args.baseline:
        binaries.append(("baseline: ", os.path.abspath(args.baseline)))
    runs = []  # (label, argv, env, reference argv)
    for tag, exe in binaries:
        check = [exe, "check", "mutable-default-argument", "--file", answer, "--json"]
        real = [exe, "--python", REAL] + check[1:]
        for way, extra in ways.items():
            env = dict(os.environ, GRIND_CACHE_DIR=os.path.join(work, ".cache" + tag.strip(": ")),
                       NO_COLOR="1", **extra)
            env.pop("GRIND_PYTHON", None)
            runs.append((tag + way, check, env, real))
    for _, argv, env, real in runs:
        timed(argv, work, env)
        timed(real, work, env)
    rows = {label: [] for label, *_ in runs}
    for _ in range(args.reps):
        for label, argv, env, real in runs:
            w0, c0, _, _, _ = timed(real, work, env)
            w, c, out, err, _ = timed(argv, work, env)
            if solution_cpu(out)[1] != "accepted":
                raise SystemExit("%s: %s" % (label, err.decode()))
            rows[label].append((c - c0, w - w0))
    print("| `python3` through | CPU beyond `--python` | wall beyond `--python` | execve per check |")
    print("| --- | ---: | ---: | ---: |")
    for label, argv, env, real in runs:
        cpu = statistics.median(r[0] for r in rows[label]) * 1000
        wall = statistics.median(r[1] for r in rows[label]) * 1000
        n = execs(argv, work, env) if shutil.which("strace") else "-"
        print("| %s | %.1f ms | %.1f ms | %s |" % (label, cpu, wall, n))
    label, _, env, real = runs[0]
    print("| (`--python` real binary itself) | | | %s |" % execs(real, work, env))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
