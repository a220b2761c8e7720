# expect: accepted
import json, os, sys
ctx = json.loads(sys.stdin.read())


def blocked(action):
    """Runs an attack; True if the system refused it."""
    try:
        action()
    except OSError:
        return True
    return False


def verdict(ok, what):
    print("ok" if ok else "breach: " + what)

import ctypes
libc = ctypes.CDLL(None, use_errno=True)
attr = ctypes.create_string_buffer(128)
verdict(libc.syscall(321, 0, attr, 128) < 0, "used bpf()")
