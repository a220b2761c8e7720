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

with open("/proc/self/status") as f:
    nnp = [l for l in f if l.startswith("NoNewPrivs")]
verdict(nnp and nnp[0].split()[1] == "1", "may gain privileges through exec")
