# exercise: add
# expect: time_limit_exceeded
# cause: a call that waits forever must end in a time limit, with grind answering promptly
import time


def add(a, b):
    time.sleep(3600)
    return a + b
