# exercise: sum
# expect: wrong_answer
# cause: grind opened output files by path: a FIFO in their place blocked it forever
import os, sys
a, b = map(int, sys.stdin.read().split())
for parent in ("..", "../.."):
    for k in range(64):
        for prefix in ("_out", "_err", "_in"):
            path = os.path.join(parent, "%s%d" % (prefix, k))
            try:
                os.unlink(path)
            except OSError:
                pass
            try:
                os.mkfifo(path)
            except OSError:
                pass
print(a - b)
