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

import socket
def attack():
    s = socket.socket()
    s.bind(("0.0.0.0", 0))
    s.listen()
verdict(blocked(attack), "opened a listening socket")
