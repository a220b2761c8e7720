# exercise: sum
# expect: wrong_answer
# cause: escape sequences the program printed reached the terminal raw
import sys
a, b = map(int, sys.stdin.read().split())
sys.stderr.write("\x1b[2J\x1b[H\x1b]0;PWNED-TITLE\x07\x1b[?1049h\x00\u202e\n")
print("\x1b[2J\x1b[H\x1b]0;PWNED-TITLE\x07\x1b[?1049h NO\x00 \x9b31m", a + b + 1)
