# exercise: sum
# expect: time_limit_exceeded
# cause: batch CPU was charged only for processes the case reaped; work in a helper never waited for was free
import os, sys, time
a, b = map(int, sys.stdin.read().split())
START = time.monotonic()
r, w = os.pipe()
if os.fork() == 0:
    if os.fork() == 0:  # the grandchild does the work; nobody ever waits for it
        os.close(r)
        total = 0
        end = time.process_time() + 0.8
        while True:
            while time.process_time() < end:
                total += 1
            # hop to a fresh process before RLIMIT_CPU catches this one
            if os.fork() != 0:
                os._exit(0)
            end = time.process_time() + 0.8
            if total > 0 and time.monotonic() > START + 1.9:
                break
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
