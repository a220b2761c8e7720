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

def peek():
    with open("/proc/%d/mem" % os.getppid(), "rb") as f:
        f.seek(0x400000)
        f.read(16)
verdict(blocked(peek), "read a parent's memory")
