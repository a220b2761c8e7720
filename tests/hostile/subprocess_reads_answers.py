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

import subprocess
r = subprocess.run(["/bin/cat", ctx["answers"]], capture_output=True)
verdict(r.returncode != 0 and not r.stdout, "a child process read the answers")
