# exercise: add
# expect: time_limit_exceeded
# cause: CPU time measured inside the interpreter (the harness's own clock functions rebound)
import sys, time
main = sys.modules.get("__main__")
for name in dir(main):
    value = getattr(main, name, None)
    if value in (time.process_time, time.perf_counter, time.thread_time):
        setattr(main, name, lambda: 0.0)
time.process_time = time.perf_counter = time.thread_time = lambda: 0.0
_spin = time.monotonic


def add(a, b):
    end = _spin() + 3.0
    while _spin() < end:
        pass
    return a + b
