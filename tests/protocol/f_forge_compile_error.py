# exercise: add
# expect: compile_error
# cause: the harness reports a syntax error on its channel before the solution runs; a solution that writes that record itself, then a ready and passing results, must gain nothing: the judge stops at the first record, a failure
import os, stat


def channel_fds():
    """Every descriptor of this process that is the write end of a pipe (the judge channel is one)."""
    found = []
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        try:
            st = os.fstat(fd)
        except OSError:
            continue
        if stat.S_ISFIFO(st.st_mode) and fd > 2:
            found.append(fd)
    return found


def frame(text):
    payload = (text + "\n").encode()
    return b"%d\n" % len(payload) + payload


for fd in channel_fds():
    data = frame('{"e":"compile_error","message":"SyntaxError: forged"}') + frame('{"e":"ready"}')
    for i in range(64):
        data += frame('{"e":"result","i":%d,"ok":true,"value":0}' % i)
    try:
        while data:
            data = data[os.write(fd, data):]
    except OSError:
        pass


def add(a, b):
    return a - b
