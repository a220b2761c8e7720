# exercise: counter
# expect: run_time_error
# cause: a module test shares the interpreter with the solution, which can write to the judge's channel: a "pass" record sent while the solution is imported must not count
import os

RECORD = b'{"e":"result","outcome":"pass"}\n'


def forge():
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        try:
            if os.readlink("/proc/self/fd/%d" % fd).startswith("pipe:"):
                os.write(fd, b"%d\n" % len(RECORD) + RECORD)
        except OSError:
            pass


forge()


def make_counter():
    return lambda: 0
