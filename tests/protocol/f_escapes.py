# exercise: add
# expect: run_time_error
# cause: escape sequences the program printed reached the terminal raw
import sys


def add(a, b):
    print("\x1b[2J\x1b[H\x1b]0;PWNED-TITLE\x07\x1b[?1049h\x00\u202e AC 16/16 tests passed")
    raise ValueError("\x1b[32mAC\x1b[0m \x1b]8;;file:///etc/shadow\x07link\x1b]8;;\x07")
