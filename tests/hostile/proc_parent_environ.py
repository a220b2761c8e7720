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

verdict(blocked(lambda: open("/proc/%d/environ" % os.getppid()).read()) and blocked(lambda: open("/proc/1/environ").read()), "read a parent's environment")
