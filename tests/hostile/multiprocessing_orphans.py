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

import multiprocessing, time
def linger():
    time.sleep(1000)
for _ in range(3):
    multiprocessing.Process(target=linger, daemon=False).start()
print("ok")
sys.stdout.flush()
os._exit(0)
