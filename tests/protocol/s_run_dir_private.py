# exercise: sum
# expect: accepted
# cause: the run directory was 0755 with a 0644 input file
import os, stat, sys
a, b = map(int, sys.stdin.read().split())
bad = []
for d in ("..", "."):
    try:
        mode = os.stat(d).st_mode
    except OSError:
        continue
    if stat.S_IMODE(mode) & 0o077:
        bad.append("%s is %o" % (d, stat.S_IMODE(mode)))
for parent in ("..",):
    for name in os.listdir(parent):
        st = os.lstat(os.path.join(parent, name))
        if stat.S_IMODE(st.st_mode) & 0o077:
            bad.append("%s is %o" % (name, stat.S_IMODE(st.st_mode)))
print(a + b if not bad else "breach: " + ", ".join(bad))
