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
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(ctx["unix_socket"])
    s.sendall(b"pwned")
verdict(blocked(attack), "connected to a UNIX socket (think docker.sock)")
