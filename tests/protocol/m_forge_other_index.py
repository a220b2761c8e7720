# exercise: counter
# expect: wrong_answer
# cause: a test of a warm module runner writes, during its own test, forged results for the tests after it (module records and the runner's own per-index records) to every pipe it has: they must count for nothing but its own test, and a later test that fails must fail
import os

# The counters share one count: the sample test (one counter called three times) passes, the
# hidden test of two counters does not.
_count = [0]


def _frame(payload):
    return b"%d\n" % len(payload) + payload


def _forge():
    frames = b""
    for i in range(8):
        frames += _frame(b'{"e":"result","outcome":"pass","i":%d}\n' % i)
        frames += _frame(b'{"e":"result","i":%d,"code":0,"peak_kib":1,"out":0,"err":0,"rep":0}\n' % i)
    for name in os.listdir("/proc/self/fd"):
        try:
            fd = int(name)
            if fd > 2 and os.readlink("/proc/self/fd/%d" % fd).startswith("pipe:"):
                os.write(fd, frames)
        except OSError:
            pass


def make_counter():
    calls = [0]

    def counter():
        _count[0] += 1
        calls[0] += 1
        if calls[0] == 3:  # the sample test, which passes: forge for the tests after it
            _forge()
        return _count[0]

    return counter
