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

caps = {}
with open("/proc/self/status") as f:
    for line in f:
        if line.startswith(("CapEff", "CapPrm", "CapBnd")):
            k, v = line.split()
            caps[k] = int(v, 16)
verdict(caps and not any(caps.values()), "holds capabilities " + repr(caps))
