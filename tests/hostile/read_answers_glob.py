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

import glob
found = glob.glob(ctx["package"] + "/**/*.ans", recursive=True)
found += glob.glob(os.path.dirname(ctx["package"]) + "/*/data/secret/*")
verdict(not found, "globbed " + repr(found[:3]))
