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

# pid 1 is the keeper (grind itself): its environment must be unreadable. The direct parent
# may be part of the run (a warm interpreter that forks each case); if its environment is
# readable, it must hold nothing but the run's own scrubbed variables.
allowed = {b"PATH", b"HOME", b"TMPDIR", b"LANG", b"LC_ALL"}


def parent_env():
    with open("/proc/%d/environ" % os.getppid(), "rb") as f:
        return f.read()


try:
    env = parent_env()
    leaked = [kv.split(b"=", 1)[0] for kv in env.split(b"\0") if kv and kv.split(b"=", 1)[0] not in allowed]
except OSError:
    leaked = []
verdict(blocked(lambda: open("/proc/1/environ").read()) and not leaked, "read the keeper's environment or a leaked variable " + repr(leaked))
