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
for pid in ("1", str(os.getppid())):
    try:
        with open("/proc/%s/exe" % pid, "rb") as f:
            data += f.read(1 << 16)
    except OSError:
        pass
verdict(len(data) == 0, "read a parent's executable through /proc")
