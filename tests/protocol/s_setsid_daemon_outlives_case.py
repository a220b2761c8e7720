# exercise: sum
# expect: accepted
# cause: each case leaves a daemon in a session of its own (out of reach of a kill of the case's process group) that marks the run directory once its case is over; a case that finds a mark answers wrong, so a daemon that outlived its case (the batch runner without a PID namespace) fails a correct solution
import os
import sys
import time


def _daemon(home):
    end = time.time() + 3
    while os.path.isdir(home) and time.time() < end:
        time.sleep(0.001)
    while time.time() < end:
        try:
            open(os.path.join(os.path.dirname(home), "outlived-%d" % os.getpid()), "w").close()
        except OSError:
            pass
        time.sleep(0.005)


def _leave_behind():
    home = os.getcwd()
    try:
        if os.fork() == 0:
            try:
                os.setsid()
                if os.fork() == 0:
                    _daemon(home)
            finally:
                os._exit(0)
    except OSError:
        pass


def _marks():
    time.sleep(0.05)  # time for an earlier case's daemon, if alive, to leave its mark
    try:
        return [n for n in os.listdir(os.path.dirname(os.getcwd())) if n.startswith("outlived-")]
    except OSError:
        return []


marks = _marks()
_leave_behind()
a, b = map(int, sys.stdin.read().split())
print(a + b + (1 if marks else 0))
