# exercise: sum
# expect: output_limit_exceeded
# cause: a run could grow its directory to gigabytes (only each file was capped)
import os, sys
a, b = map(int, sys.stdin.read().split())
block = b"x" * (1 << 20)
try:
    for k in range(1024):
        with open("flood%d" % k, "wb") as f:
            for _ in range(8):
                f.write(block)
except OSError:
    pass
print(a + b)
