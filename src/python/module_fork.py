# grind module fork runner: the tests of a `module` exercise from one warm interpreter, which
# compiles each test file once and forks a fresh child per test.
#
# grind runs this file after channel.py (_send_record, _wait_ack), forking.py and
# module_tests.py, as one script.
#
# Job (stdin, one JSON object): {"module": "<name>.py", "files": ["tests_sample.py", ...],
#   "tests": [["<file>", "<name or Class.method>"], ...], "cpu_secs": n, "out_cap": n,
#   "err_cap": n, "rep_cap": n}
# Records (src/python/records.rs parses them): {"e":"ready"}, or {"e":"compile_error",
#   "message":...} (the solution does not compile), or {"e":"unprotected","why":...};
#   then per test, in job order: {"e":"result","i":k,"code"|"signal":n,"peak_kib":n,"out":n,
#   "err":n,"rep":n,"out_size":n,"rep_size":n,"disk_full":b} followed by out + err + rep bytes:
#   the test's stdout and stderr, and its report (the module runner's frames, as the child
#   wrote them: {"e":"start"} then {"e":"result",...}, or an import error, or {"e":"missing"}).
#
# The parent never runs the solution or a test file: it reads the files once, compiles each test
# file (asserts rewritten) and grind_testing, imports the standard-library modules the test
# files import at their top level (see `_preimport`), makes itself non-dumpable (so no child
# can open its descriptors through /proc/<pid>/fd or trace it) and reports `ready`. Then, for
# each test, after grind's go-ahead (grind measures the test's CPU time from the run's cgroup
# while only it runs): a fresh directory holding fresh copies of the module, the test file and
# grind_testing.py (a test may write next to them, or replace them: the next test never sees
# it), two anonymous files (stdout, stderr: no name anywhere, so nothing can swap them or open
# another test's), a pipe for its report (read once the child and everything it started are
# gone), and a child. The child keeps only those three descriptors (the channel and everything
# else are closed), sets its CPU limit, runs grind_testing afresh, imports the solution fresh
# by running the compiled test code in a new module, runs the one test, writes its report and
# `os._exit`s (threads it left cannot keep it alive). The parent waits for it (wait4: its peak
# memory), kills whatever it left running (everything in the sandbox's PID namespace, else the
# test's process group and every process the runner, a subreaper, inherited from it), reads
# its files back through its own descriptors, each bounded; grind parses the report exactly as
# it parses a one-test run's channel, so a child can say how its own test ended and nothing
# more.
import resource
import shutil  # imported before any test, so every child starts with the same modules


def _frame_to(fd, rec):
    data = _dumps(rec).encode() + b"\n"
    view = memoryview(b"%d\n" % len(data) + data)
    while view:
        view = view[os.write(fd, view):]


def _report_pipe():
    """The pipe a child reports on: both ends close-on-exec and non-blocking (a child that
    writes more than the pipe holds fails its own report; it can never block its parent), and
    room for any report grind accepts."""
    r, w = os.pipe()
    try:
        _fcntl.fcntl(w, 1031, 256 * 1024)  # F_SETPIPE_SZ
    except OSError:
        pass
    os.set_blocking(r, False)
    os.set_blocking(w, False)
    return r, w


def _drain(fd, cap):
    """What is in a pipe whose writers are gone: at most `cap` bytes, and how much there was
    (a pipe holds little, so reading it all is bounded)."""
    out = bytearray()
    size = 0
    while True:
        try:
            chunk = os.read(fd, 1 << 16)
        except BlockingIOError:
            break
        if not chunk:
            break
        size += len(chunk)
        if len(out) < cap:
            out += chunk[:cap - len(out)]
    return bytes(out), size


def _preimport(tree, own):
    """Imports here, once, the modules the test file imports at its top level, so that no
    child pays for `unittest`, `json` or `threading` again: names only, never the solution's
    (`own`: the user's module, grind_testing, the test files). This process has no "" on its
    path, so nothing but the standard library can be imported, and it never runs the solution
    or a test: each child starts from the module as imported, untouched."""
    for node in tree.body:
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            if name.partition(".")[0] in own or name in sys.modules:
                continue
            try:
                __import__(name)
            except Exception:  # the test reports it, from its own import
                pass


def _write_new(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def _fresh_testing(code):
    """grind_testing as a fresh module of this child's, from the code the parent compiled."""
    module = types.ModuleType("grind_testing")
    module.__file__ = "grind_testing.py"
    sys.modules["grind_testing"] = module
    exec(code, module.__dict__)


def child(compiled, testing, path, name, fds, workdir, cpu_secs, module_file):
    os.setpgid(0, 0)
    out, err, rep = fds
    os.dup2(out, 1)
    os.dup2(err, 2)
    # Only stdout, stderr and the report pipe (close-on-exec) stay open: not the channel, not the
    # acknowledgements, not the descriptors of other tests' files.
    close_descriptors(keep=rep)
    try:
        os.close(0)
    except OSError:
        pass
    os.chdir(workdir)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_secs, cpu_secs + 1))
    # The directory holds the module, the test file and grind_testing; "" keeps the file names
    # in tracebacks relative. A finder for "" cached by the parent would look in its directory.
    sys.path.insert(0, "")
    sys.path_importer_cache.pop("", None)
    # A module of the parent's with the user's module's name must not stand in for it.
    sys.modules.pop(module_file[:-3], None)

    def load():
        if isinstance(compiled, BaseException):  # the test file did not compile
            raise compiled
        _fresh_testing(testing)
        return exec_tests(path, compiled)

    run_one(load, name, lambda rec: _frame_to(rep, rec))
    try:
        sys.stdout.flush()
    except BaseException:
        pass
    try:
        sys.stderr.flush()
    except BaseException:
        pass


def main():
    job = _loads(sys.stdin.buffer.read().decode("utf-8"))
    os.close(0)
    # Keeps descriptor 0 taken, so no file of ours lands there.
    os.open("/dev/null", os.O_RDONLY)
    names = [job["module"], "grind_testing.py"] + list(job["files"])
    data = {}
    for n in names:
        with open(n, "rb") as f:
            data[n] = f.read()
        # Children get copies; nothing reads these again.
        os.unlink(n)
    # The solution compiled (and put aside: each child imports it afresh) before anything else,
    # so a syntax error is reported as such, with no interpreter of its own for the check.
    if _compile_or_report(data[job["module"]]) is None:
        return
    own = {n[:-3] for n in names} | {"tests"}
    # Our own helpers: compiled once, run afresh in each child.
    testing = compile(data["grind_testing.py"], "grind_testing.py", "exec")
    compiled = {}
    for path in job["files"]:
        try:
            tree = parse_tests(path, data[path])
            compiled[path] = compile(tree, path, "exec")
        except BaseException as e:  # reported by each test of the file, as a failed import
            compiled[path] = e
            continue
        _preimport(tree, own)
    if not nondumpable():
        _send_record({"e": "unprotected", "why": "the runner could not make itself non-dumpable"})
        return
    subreaper()
    _send_record({"e": "ready"})
    for k, (path, name) in enumerate(job["tests"]):
        if not _wait_ack():
            return
        workdir = "test-" + os.urandom(8).hex()
        os.mkdir(workdir, 0o700)
        for n in (job["module"], "grind_testing.py", path):
            _write_new(os.path.join(workdir, n), data[n])
        rep_r, rep_w = _report_pipe()
        fds = [anonymous_file(), anonymous_file(), rep_w]
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            code = 121  # the runner's own failure: the test reported nothing
            try:
                child(compiled[path], testing, path, name, fds, workdir, job["cpu_secs"], job["module"])
                code = 0
            finally:
                os._exit(code)
        os.close(rep_w)
        _, status, ru = os.wait4(pid, 0)
        kill_leftovers(pid)
        out, out_size = read_back(fds[0], job["out_cap"])
        err, _ = read_back(fds[1], job["err_cap"])
        rep, rep_size = _drain(rep_r, job["rep_cap"])
        for fd in (fds[0], fds[1], rep_r):
            os.close(fd)
        full = disk_full()
        shutil.rmtree(workdir, ignore_errors=True)
        rec = {"e": "result", "i": k, "peak_kib": ru.ru_maxrss, "out": len(out), "err": len(err),
               "rep": len(rep), "out_size": out_size, "rep_size": rep_size, "disk_full": full}
        if os.WIFSIGNALED(status):
            rec["signal"] = os.WTERMSIG(status)
        else:
            rec["code"] = os.WEXITSTATUS(status)
        _send_record(rec, out + err + rep)
    _wait_ack()


main()
# Skip the interpreter's teardown: nothing is left to report, and grind ends the run anyway.
os._exit(0)
