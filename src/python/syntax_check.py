# grind syntax check: compile the solution without running it. Prints nothing and exits 0 if
# it compiles; otherwise prints the SyntaxError's last traceback line to stderr and exits 1.
import sys

with open("solution.py", "rb") as f:
    src = f.read()
try:
    compile(src, "solution.py", "exec")
except (SyntaxError, ValueError) as e:
    import traceback  # only on failure: importing it costs more than the compile

    lines = traceback.format_exception_only(type(e), e)
    sys.stderr.write("".join(lines))
    sys.exit(1)
