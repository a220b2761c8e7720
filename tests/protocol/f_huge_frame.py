# exercise: add
# expect: output_limit_exceeded
# cause: one huge result was read into memory whole; grind aborted on allocation
import json, os, stat

chunk = b"9" * (1 << 20)


def add(a, b):
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        try:
            if fd <= 2 or not stat.S_ISFIFO(os.fstat(fd).st_mode):
                continue
            os.write(fd, b"%d\n" % (400 << 20))
            for _ in range(400):
                os.write(fd, chunk)
        except OSError:
            pass
    return a + b
