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
    s = socket.create_connection(("127.0.0.1", ctx["tcp_port"]), timeout=2)
    s.sendall(b"pwned")
verdict(blocked(attack), "reached a TCP listener on loopback")
