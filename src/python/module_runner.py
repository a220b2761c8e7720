# grind module runner: runs ONE test of a `module` exercise in this fresh interpreter and
# reports how it ended on the channel (fd 3). grind starts one sandboxed process per test,
# measures its time and memory from outside, and decides the verdict; this script only says
# how the test ended.
#
# grind runs this file after channel.py (_send_record) and module_tests.py, as one script.
#
# Job (stdin, one JSON object): {"tests": "<file>", "test": "<name or Class.method>"}
#   or {"tests": "<file>", "collect": true} to list the file's tests without running any code
#   of the solution (the file is parsed, not imported).
# Records (src/python/records.rs parses them):
#   collect: {"e":"tests","names":[...]}
#   a test:  {"e":"loading"} before the test file (and so the solution) is imported, then
#            {"e":"start"} and {"e":"result","outcome":"pass"|"fail"|"error",...} once the test
#            ran, or {"e":"result","stage":"import",...} when importing failed, or
#            {"e":"missing"} when the file has no such test.
#   a result's other fields: "type", "message", "traceback" (each clipped).
import os
import sys

# The run directory holds the solution module, the test file and grind_testing; "" keeps the
# file names in tracebacks relative (`solution.py`, not the run directory's path).
sys.path.insert(0, "")


def main():
    job = _loads(sys.stdin.buffer.read().decode("utf-8"))
    os.close(0)
    path = job["tests"]
    if job.get("collect"):
        with open(path, "rb") as f:
            tree = ast.parse(f.read(), path)
        _send_record({"e": "tests", "names": collect(tree)})
        return
    _send_record({"e": "loading"})
    run_one(lambda: load_tests(path), job["test"], _send_record)


try:
    main()
    sys.stdout.flush()
finally:
    # Threads a test left behind (a deadlock after the test returned, a forgotten worker) must not
    # keep the process alive: the outcome is already reported.
    try:
        sys.stdout.flush()
    except BaseException:
        pass
    os._exit(0)
