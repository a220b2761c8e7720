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

import subprocess, sys
code = "import socket; socket.create_connection(('127.0.0.1', %d), timeout=2).sendall(b'x')" % ctx["tcp_port"]
r = subprocess.run([sys.executable, "-c", code], capture_output=True)
verdict(r.returncode != 0, "a child process reached the network")
