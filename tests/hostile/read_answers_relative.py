# expect: accepted
# needs: landlock
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

rel = os.path.relpath(ctx["answers"])
verdict(blocked(lambda: open(rel).read()), "read the answers by a relative path " + rel)
