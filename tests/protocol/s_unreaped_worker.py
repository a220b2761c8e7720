# exercise: sum
# expect: time_limit_exceeded
# cause: batch CPU was charged only for processes the case reaped; work in a helper never waited for was free
import os, sys, time
a, b = map(int, sys.stdin.read().split())
r, w = os.pipe()
if os.fork() == 0:
    if os.fork() == 0:  # the grandchild does the work; nobody ever waits for it
        os.close(r)
        spent = 0.0
        while spent < 2.0:  # twice the time limit, in slices of 0.4 s of CPU
            end = time.process_time() + 0.4
            while time.process_time() < end:
                pass
            spent += 0.4
            # hop to a fresh process before RLIMIT_CPU catches this one
            if os.fork() != 0:
                os._exit(0)
        os.write(w, str(a + b).encode())
        os._exit(0)
    os._exit(0)
os.close(w)
os.wait()
data = b""
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    data += chunk
print(data.decode())
