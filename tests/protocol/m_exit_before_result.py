# exercise: counter
# expect: run_time_error
# cause: a test whose process ends with status 0 and no result record was taken for a pass
import os


def make_counter():
    os._exit(0)
