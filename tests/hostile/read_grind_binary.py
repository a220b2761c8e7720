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

data = b""
try:
    with open(ctx["grind"], "rb") as f:
        data = f.read(1 << 20)
except OSError:
    pass
verdict(len(data) == 0, "read %d bytes of the grind binary (it embeds the answers)" % len(data))
