# exercise: counter
# expect: run_time_error
# cause: bytes that are not a frame, written on the channel during the test, must fail it, not hang or crash the judge
import os


def make_counter():
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        try:
            if os.readlink("/proc/self/fd/%d" % fd).startswith("pipe:"):
                os.write(fd, b"99999999999999999999\n" + b"x" * 100000)
        except OSError:
            pass
    return lambda: 1
