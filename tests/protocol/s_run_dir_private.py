# exercise: sum
# expect: accepted
# cause: the run directory was 0755 with a 0644 input file
import os, stat, sys
a, b = map(int, sys.stdin.read().split())
bad = []
# The working directory is the run directory (one interpreter per case) or a case's own
# directory inside it (batch mode): both, and everything in them, must be private.
for d in (".", ".."):
    try:
        names = os.listdir(d)
        mode = os.stat(d).st_mode
    except OSError:
        continue  # outside the run: not ours to see
    if d == ".." and "solution.py" not in names and "_grind_batch.py" not in names:
        continue
    if stat.S_IMODE(mode) & 0o077:
        bad.append("%s is %o" % (d, stat.S_IMODE(mode)))
    for name in names:
        st = os.lstat(os.path.join(d, name))
        if stat.S_IMODE(st.st_mode) & 0o077:
            bad.append("%s is %o" % (name, stat.S_IMODE(st.st_mode)))
print(a + b if not bad else "breach: " + ", ".join(bad))
