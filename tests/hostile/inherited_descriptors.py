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

fds = sorted(int(f) for f in os.listdir("/proc/self/fd"))
extra = [f for f in fds if f > 2]
# listdir itself holds one descriptor open while it reads
verdict(len(extra) <= 1, "inherited descriptors " + repr(extra))
