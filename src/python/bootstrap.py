# grind bootstrap: runs the user's program as `__main__`, like `python solution.py` would.
# It exists because the interpreter runs with -S (no site module), which also removes the
# `exit`/`quit` helpers that programs commonly call; everything else is untouched.
import builtins
import sys

builtins.exit = builtins.quit = sys.exit
sys.argv[:] = ["solution.py"]
with open("solution.py", "rb") as _f:
    _src = _f.read()
_main = sys.modules["__main__"]
_main.__file__ = "solution.py"
del _f
_code = compile(_src, "solution.py", "exec")
del _src
exec(_code, _main.__dict__)
