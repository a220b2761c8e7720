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
try:
    exec(_code, _main.__dict__)
except SystemExit:
    raise
except BaseException as _e:
    # Report the traceback without this bootstrap's own frame, exactly as `python
    # solution.py` would print it.
    import traceback

    sys.stdout.flush()
    traceback.print_exception(type(_e), _e, _e.__traceback__.tb_next)
    sys.exit(1)
