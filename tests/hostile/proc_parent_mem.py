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

# pid 1 is the keeper (grind): its memory must be unreadable. A parent inside the run (the
# warm interpreter that forks each case in batch mode) holds only this run's inputs, so it
# may be readable; any other parent must not be.


def peek(pid):
    with open("/proc/%d/mem" % pid, "rb") as f:
        f.seek(0x400000)
        f.read(16)


ppid = os.getppid()
try:
    parent_is_batch = os.path.basename(os.readlink("/proc/%d/exe" % ppid)).startswith("python")
except OSError:
    parent_is_batch = False
ok = blocked(lambda: peek(1)) and (ppid == 1 or parent_is_batch or blocked(lambda: peek(ppid)))
verdict(ok, "read the memory of a process outside the run")
