# exercise: add
# expect: time_limit_exceeded
# cause: CPU time measured inside the interpreter (the harness's own clock functions rebound)
import os, sys, time
main = sys.modules.get("__main__")
for name in dir(main):
    value = getattr(main, name, None)
    if value in (time.process_time, time.perf_counter, time.thread_time):
        setattr(main, name, lambda: 0.0)
time.process_time = time.perf_counter = time.thread_time = lambda: 0.0

# Spins on this process's CPU time as the kernel counts it (not on wall time: on a loaded
# machine three seconds of wall time can be less than the one-second limit of CPU time).
def _cpu():
    t = os.times()
    return t.user + t.system


def add(a, b):
    end = _cpu() + 3.0
    while _cpu() < end:
        pass
    return a + b
