# exercise: counter
# expect: output_limit_exceeded
# cause: a test writes, on whatever pipe it reports on, a frame announcing 50 MB and as much of it as the pipe takes: grind must stop at the frame's header, never allocate it, and judge the test
import os


def _flood():
    chunk = b"x" * 65536
    for name in os.listdir("/proc/self/fd"):
        try:
            fd = int(name)
            if fd > 2 and os.readlink("/proc/self/fd/%d" % fd).startswith("pipe:"):
                os.write(fd, b"52428800\n{\"e\":\"result\",\"outcome\":\"pass\",\"message\":\"")
                for _ in range(16):
                    os.write(fd, chunk)
        except OSError:
            pass


def make_counter():
    _flood()
    count = 0

    def counter():
        nonlocal count
        count += 1
        return count

    return counter
