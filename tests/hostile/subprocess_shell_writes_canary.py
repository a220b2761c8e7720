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
subprocess.run(["/bin/sh", "-c", "echo pwned > '%s'" % ctx["canary"]], capture_output=True)
print("ok")
