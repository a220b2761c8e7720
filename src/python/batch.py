# grind stdio batch runner: one warm interpreter forks a fresh child per case.
#
# grind runs this file after channel.py (_send_record, _wait_ack) and forking.py (nondumpable,
# subreaper, close_descriptors, anonymous_file, read_back, kill_leftovers, remove_case_dir,
# disk_full), as one script.
#
# The parent never trusts anything a case can reach. Before the first case it makes itself
# non-dumpable, so no case can open its descriptors through /proc/<pid>/fd. For each case it
# creates the case's stdin, stdout and stderr as anonymous files (no name in the run
# directory, so nothing can swap them for a link or a FIFO), forks the child, waits for it,
# kills whatever the case left running, reads the child's output back through its own
# descriptors (regular files only, at most `out_cap` / `err_cap` bytes), removes the case's
# directory, and reports: {"e":"result","i":N,"code"|"signal",...,"out":n,"err":m} followed
# by the n + m output bytes. It waits for grind's go-ahead before every case: grind measures
# each case's CPU time from outside (the run's cgroup) while the parent waits.
#
# The job (case sizes, limits) is standard input's first line and the inputs follow it, or, for
# a built-in exercise with large tests, the job is a file of the run directory and standard
# input is the test cache's file, whose inputs this maps from the job's `offset` on (nothing
# before it: the answers are there).
#
# The child gets the case input as stdin, runs the precompiled solution as a new `__main__`,
# and exits the way `python solution.py` would (atexit handlers, non-daemon threads joined,
# exit codes, tracebacks).
#
# It imports only what loads in well under a millisecond (`shutil` and `traceback` are
# imported where they are needed): the parent's start is part of every check's fixed cost.
import builtins
import io
import os
import resource
import sys


def print_exception(e, tb):
    """Prints a traceback as Python would; `traceback` is imported only here, in the case's
    own process, and a solution that broke imports still gets the exception's last line."""
    try:
        import traceback

        traceback.print_exception(type(e), e, tb)
    except BaseException:
        try:
            sys.stderr.write("%s: %s\n" % (type(e).__name__, e))
        except BaseException:
            pass


def child(code, i, fds, cpu_secs, fsize):
    os.setpgid(0, 0)
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
    close_descriptors()
    # Each case starts in a fresh, empty working directory of its own.
    os.chdir("case%d" % i)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_secs, cpu_secs + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    sys.stdin = sys.__stdin__ = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)), encoding="utf-8")
    sys.stdout = sys.__stdout__ = io.TextIOWrapper(io.BufferedWriter(io.FileIO(1, "w", closefd=False)), encoding="utf-8")
    sys.stderr = sys.__stderr__ = io.TextIOWrapper(io.BufferedWriter(io.FileIO(2, "w", closefd=False)), encoding="utf-8",
                                                    errors="backslashreplace", line_buffering=True)
    main = type(sys)("__main__")
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
        try:
            sys.stdout.flush()
        except BaseException:
            pass
        print_exception(e, e.__traceback__.tb_next)
        status = 1
    # What interpreter shutdown would do: join non-daemon threads, run atexit handlers.
    try:
        if "threading" in sys.modules:
            sys.modules["threading"]._shutdown()
        import atexit
        atexit._run_exitfuncs()
    except BaseException as e:
        print_exception(e, e.__traceback__)
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


def job_and_inputs():
    """The job and the cases' inputs back to back: where grind left a job file, the job from
    it and the inputs from standard input at the job's `offset` (the test cache's file);
    otherwise the job is standard input's first line and the inputs follow it."""
    try:
        with open("_grind_job.json", "rb") as f:
            job = _loads(f.read())
    except FileNotFoundError:
        data = _input()
        nl = data.find(b"\n")
        return _loads(data[:nl]), memoryview(data)[nl + 1:]
    os.unlink("_grind_job.json")
    return job, memoryview(_input(job["offset"]))


def main():
    job, blob = job_and_inputs()
    os.close(0)
    sys.stdin = io.StringIO("")
    # Compiled first: a syntax error is reported even where the cases then run the classic way.
    with open("solution.py", "rb") as f:
        code = _compile_or_report(f.read())
    if code is None:
        return
    if not nondumpable():
        _send_record({"e": "unprotected", "why": "the runner could not make itself non-dumpable"})
        return
    subreaper()
    _send_record({"e": "ready"})
    off = 0
    for k, size in enumerate(job["sizes"]):
        if not _wait_ack():
            return
        i = job["start"] + k
        fds = [anonymous_file(bytes(blob[off:off + size])), anonymous_file(), anonymous_file()]
        off += size
        os.mkdir("case%d" % i, 0o700)
        pid = os.fork()
        if pid == 0:
            try:
                child(code, i, fds, job["cpu_secs"], job["fsize"])
            except BaseException as e:
                print_exception(e, e.__traceback__)
            finally:
                os._exit(121)
        _, status, ru = os.wait4(pid, 0)
        kill_leftovers(pid)
        out, out_size = read_back(fds[1], job["out_cap"])
        err, _ = read_back(fds[2], job["err_cap"])
        for fd in fds:
            os.close(fd)
        full = disk_full()
        remove_case_dir("case%d" % i)
        rec = {"e": "result", "i": i, "peak_kib": ru.ru_maxrss, "out": len(out), "err": len(err),
               "out_size": out_size, "disk_full": full}
        if os.WIFSIGNALED(status):
            rec["signal"] = os.WTERMSIG(status)
        else:
            rec["code"] = os.WEXITSTATUS(status)
        _send_record(rec, out + err)
    _wait_ack()


main()
# Skip the interpreter's teardown: nothing is left to report, and grind ends the run anyway.
os._exit(0)
