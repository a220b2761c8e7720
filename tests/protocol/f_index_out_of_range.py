# exercise: add
# expect: wrong_answer
# cause: a forged index out of range panicked grind
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

import json


def add(a, b):
    for fd in channel_fds():
        write_all(fd, (json.dumps({"e": "result", "i": 10**12, "ok": True, "value": a + b}) + "\n").encode())
        write_all(fd, (json.dumps({"e": "start", "i": -1}) + "\n").encode())
        write_all(fd, b'{"e": 7, "i": "x"}\n{not json\n')
    return a - b
