# exercise: sum
# expect: wrong_answer
# cause: a batch case reopened its warm parent's result descriptor through /proc/<ppid>/fd and forged records
import json, os, sys
a, b = map(int, sys.stdin.read().split())
ppid = os.getppid()
forged = "".join(json.dumps({"e": "result", "i": i, "code": 0, "cpu_ms": 0, "wall_ms": 0, "peak_kib": 0}) + "\n"
                 for i in range(64)).encode()
try:
    names = os.listdir("/proc/%d/fd" % ppid)
except OSError:
    names = []
for name in names:
    try:
        fd = os.open("/proc/%d/fd/%s" % (ppid, name), os.O_WRONLY | os.O_NONBLOCK)
    except OSError:
        continue
    try:
        os.write(fd, forged)
    except OSError:
        pass
print(a - b)
