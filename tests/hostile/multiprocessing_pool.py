# expect: accepted
# needs: namespaces
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

import multiprocessing
with multiprocessing.Pool(3) as pool:
    squares = pool.map(abs, [-1, -2, -3])
verdict(squares == [1, 2, 3], "pool misbehaved")
