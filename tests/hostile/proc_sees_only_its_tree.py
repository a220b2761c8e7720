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

pids = [p for p in os.listdir("/proc") if p.isdigit()] if os.path.isdir("/proc") else []
verdict(len(pids) <= 8, "saw %d processes in /proc (the host's?)" % len(pids))
