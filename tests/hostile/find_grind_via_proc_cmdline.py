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

hits = []
for p in os.listdir("/proc"):
    if p.isdigit():
        try:
            with open("/proc/%s/cmdline" % p, "rb") as f:
                cmd = f.read()
                # The keeper is visible as pid 1, but its command line must reveal nothing:
                # no run spec, no exercise path.
                if ctx["package"].encode() in cmd or b"rlimits" in cmd:
                    hits.append(p)
        except OSError:
            pass
verdict(not hits, "read the judge's run spec from /proc/<pid>/cmdline of " + repr(hits))
