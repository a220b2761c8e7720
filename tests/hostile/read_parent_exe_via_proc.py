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

# pid 1 is the keeper, whose executable is grind (it embeds the answers): it must be
# unreadable. A parent inside the run (the warm interpreter) runs python, which is readable
# anyway; its executable must not be grind.
data = b""
try:
    with open("/proc/1/exe", "rb") as f:
        data = f.read(1 << 16)
except OSError:
    pass
try:
    parent = os.readlink("/proc/%d/exe" % os.getppid())
except OSError:
    parent = ""
verdict(len(data) == 0 and "grind" not in os.path.basename(parent), "read grind's executable through /proc")
