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

os.makedirs("deep/er")
open("deep/er/f", "w").write("x")
os.mkdir("locked", 0o000)
os.mkdir("ro", 0o500)
print("ok")
