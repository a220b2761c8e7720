# exercise: counter
# expect: run_time_error
# cause: a test writes, after its own start record, bytes that are not frames (a NUL, a frame that is not JSON, a record of no kind) on every pipe it has: the test fails, grind neither hangs nor panics, and the other tests are not affected
import os


def _garbage():
    for name in os.listdir("/proc/self/fd"):
        try:
            fd = int(name)
            if fd > 2 and os.readlink("/proc/self/fd/%d" % fd).startswith("pipe:"):
                os.write(fd, b"5\nhello2\n[]\x00\x00\x00not a frame at all\n" * 50)
        except OSError:
            pass


def make_counter():
    _garbage()
    count = 0

    def counter():
        nonlocal count
        count += 1
        return count

    return counter
