# exercise: add
# expect: time_limit_exceeded
# cause: any line on the channel pushed the wall deadline back; a sleeping solution that keeps writing newlines was never killed
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

import threading

def keep_alive():
    fds = channel_fds()
    while True:
        for fd in fds:
            write_all(fd, b"\n")
        time.sleep(0.05)

threading.Thread(target=keep_alive, daemon=True).start()


def add(a, b):
    time.sleep(3600)
    return a + b
