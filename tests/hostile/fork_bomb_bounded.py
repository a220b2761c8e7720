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

import time
kids = []
for _ in range(30):
    pid = os.fork()
    if pid == 0:
        time.sleep(1000)
        os._exit(0)
    kids.append(pid)
print("ok")
