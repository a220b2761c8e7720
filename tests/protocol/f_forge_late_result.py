# exercise: add
# expect: wrong_answer
# cause: a forged result record for a late index ended judging early and the cases never run did not count
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
for fd in channel_fds():
    for i in range(0, 64):
        write_all(fd, (json.dumps({"e": "result", "i": i, "ok": True, "value": 0, "cpu_ms": 0, "wall_ms": 0}) + "\n").encode())


def add(a, b):
    return a - b
