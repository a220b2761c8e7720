# exercise: add
# expect: output_limit_exceeded
# cause: one huge result line was parsed into memory whole; grind aborted on allocation
import os, sys, time

def channel_fds():
    """Every descriptor of this process that is the write end of a pipe (the judge channel is one)."""
    found = []
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        try:
            st = os.fstat(fd)
        except OSError:
            continue
        import stat
        if stat.S_ISFIFO(st.st_mode) and fd > 2:
            found.append(fd)
    return found

def write_all(fd, data):
    try:
        while data:
            data = data[os.write(fd, data):]
    except OSError:
        pass

chunk = b"9" * (1 << 20)


def add(a, b):
    for fd in channel_fds():
        write_all(fd, b'{"e":"result","i":0,"ok":true,"value":')
        for _ in range(400):
            write_all(fd, chunk)
    return a + b
