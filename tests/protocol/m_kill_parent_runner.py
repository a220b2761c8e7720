# exercise: counter
# expect: accepted
# cause: a test of a warm module runner kills its parent, the runner: the test must be judged again in a sandbox of its own (where its parent is not a Python runner and it behaves), so a correct solution is still accepted and no test is lost
import os
import signal


def _kill_runner():
    parent = os.getppid()
    try:
        with open("/proc/%d/comm" % parent, "rb") as f:
            runner = f.read().startswith(b"python")
    except OSError:
        runner = False
    if runner:
        os.kill(parent, signal.SIGKILL)


def make_counter():
    _kill_runner()
    count = 0

    def counter():
        nonlocal count
        count += 1
        return count

    return counter
