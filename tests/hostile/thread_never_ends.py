# expect: time_limit_exceeded
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

import threading, time
threading.Thread(target=lambda: time.sleep(1000)).start()
print("ok")
