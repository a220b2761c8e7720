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

os.symlink(ctx["canary"], "to_canary")
os.symlink(ctx["canary_dir"], "to_canary_dir")
os.symlink("/", "to_root")
print("ok")
