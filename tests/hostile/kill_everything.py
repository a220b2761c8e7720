# expect: accepted
# needs: signals
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

import signal
try:
    os.kill(-1, signal.SIGKILL)
except OSError:
    pass
print("ok")
