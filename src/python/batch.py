# grind stdio batch runner: one warm interpreter forks a fresh child per case.
#
# The child gets the case input as stdin and files for stdout/stderr, runs the precompiled
# solution as a new `__main__`, and exits the way `python solution.py` would (atexit
# handlers, non-daemon threads joined, exit codes, tracebacks). The parent reports each case
# on fd 3: {"e":"start","i":N} before, {"e":"result","i":N,...} after, with the child's wait
# status and resource usage. Inputs come in on stdin; expected answers never do.
import builtins
import io
import json
import os
import resource
import sys
import time
import traceback
import types

_chan = os.dup(3)
os.close(3)


def emit(rec):
    data = (json.dumps(rec, separators=(",", ":")) + "\n").encode()
    view = memoryview(data)
    while view:
        view = view[os.write(_chan, view):]


def child(code, i, cpu_secs, fsize):
    os.setpgid(0, 0)
    for fd, name, flags in ((0, "_in", os.O_RDONLY), (1, "_out%d" % i, os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
                            (2, "_err%d" % i, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)):
        f = os.open(name, flags, 0o600)
        if f != fd:  # the lowest free descriptor may already be the one we want
            os.dup2(f, fd)
            os.close(f)
    os.close(_chan)
    # Each case starts in a fresh, empty working directory of its own.
    os.mkdir("case%d" % i)
    os.chdir("case%d" % i)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_secs, cpu_secs + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    sys.stdin = sys.__stdin__ = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)), encoding="utf-8")
    sys.stdout = sys.__stdout__ = io.TextIOWrapper(io.BufferedWriter(io.FileIO(1, "w", closefd=False)), encoding="utf-8")
    sys.stderr = sys.__stderr__ = io.TextIOWrapper(io.BufferedWriter(io.FileIO(2, "w", closefd=False)), encoding="utf-8",
                                                    errors="backslashreplace", line_buffering=True)
    main = types.ModuleType("__main__")
    main.__file__ = "solution.py"
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    sys.argv[:] = ["solution.py"]
    builtins.exit = builtins.quit = sys.exit
    status = 0
    try:
        exec(code, main.__dict__)
    except SystemExit as e:
        if e.code is None:
            status = 0
        elif isinstance(e.code, int):
            status = e.code & 0xFF
        else:
            print(e.code, file=sys.stderr)
            status = 1
    except BaseException as e:
        sys.stdout.flush()
        traceback.print_exception(type(e), e, e.__traceback__.tb_next)
        status = 1
    # What interpreter shutdown would do: join non-daemon threads, run atexit handlers.
    try:
        if "threading" in sys.modules:
            sys.modules["threading"]._shutdown()
        import atexit
        atexit._run_exitfuncs()
    except BaseException:
        traceback.print_exc()
        status = status or 1
    try:
        sys.stdout.flush()
    except BaseException:
        status = status or 120
    try:
        sys.stderr.flush()
    except BaseException:
        pass
    os._exit(status)


def main():
    data = sys.stdin.buffer.read()
    os.close(0)
    sys.stdin = io.StringIO("")
    nl = data.index(b"\n")
    job = json.loads(data[:nl])
    blob = memoryview(data)[nl + 1:]
    with open("solution.py", "rb") as f:
        code = compile(f.read(), "solution.py", "exec")
    off = 0
    for k, size in enumerate(job["sizes"]):
        i = job["start"] + k
        with open("_in", "wb") as f:
            f.write(blob[off:off + size])
        off += size
        emit({"e": "start", "i": i})
        t0 = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            try:
                child(code, i, job["cpu_secs"], job["fsize"])
            except BaseException:
                traceback.print_exc()
            os._exit(121)
        _, status, ru = os.wait4(pid, 0)
        wall = time.perf_counter() - t0
        try:
            os.killpg(pid, 9)  # whatever the case left behind in its group
        except OSError:
            pass
        rec = {"e": "result", "i": i, "wall_ms": wall * 1000.0,
               "cpu_ms": (ru.ru_utime + ru.ru_stime) * 1000.0, "peak_kib": ru.ru_maxrss}
        if os.WIFSIGNALED(status):
            rec["signal"] = os.WTERMSIG(status)
        else:
            rec["code"] = os.WEXITSTATUS(status)
        emit(rec)


main()
