# grind channel: how a script reports to grind. Frames go out on fd 3, each one `<length>\n`
# in ASCII digits followed by that many bytes (a JSON object on one line, then any raw bytes it
# announces). grind answers each frame it accepts with one byte on fd 4; a script that waits
# for that byte before going on is never charged for grind's bookkeeping, and an end of file
# there means grind wants it to stop. grind runs this file in front of the harness and the
# batch runner, as one script.
import fcntl as _fcntl
import os as _os
import sys as _sys

# JSON through the C accelerator `_json` directly: `import json` pulls in `re`, `enum` and
# more, several milliseconds of every check's start. `_dumps` writes exactly what
# `json.dumps(obj, separators=(",", ":"), allow_nan=False)` writes, `_loads` reads one
# compact JSON text as `json.loads` does (grind's own lines; nothing after the value).
try:
    import _json as _cjson

    class _ScanContext:
        strict = True
        object_hook = None
        object_pairs_hook = None
        parse_float = float
        parse_int = int
        parse_constant = float
        memo = {}

    _scan = _cjson.make_scanner(_ScanContext())
    _encode = _cjson.make_encoder(
        None, None, _cjson.encode_basestring_ascii, None, ":", ",", False, False, False
    )

    def _dumps(obj):
        return "".join(_encode(obj, 0))

    def _loads(text):
        if isinstance(text, (bytes, bytearray)):
            text = text.decode("utf-8")
        value, end = _scan(text, 0)
        if end != len(text):
            raise ValueError("extra data after the JSON value")
        return value

except (ImportError, AttributeError, TypeError):  # an interpreter without the accelerator
    import json as _json

    def _dumps(obj):
        return _json.dumps(obj, separators=(",", ":"), allow_nan=False)

    def _loads(text):
        return _json.loads(text)


def _take(fd):
    """Moves a descriptor grind passed (3, 4) out of the way, above 9 and close-on-exec, so
    the solution's own files never land on it; -1 when it was not passed."""
    try:
        _os.fstat(fd)
    except OSError:
        return -1
    moved = _fcntl.fcntl(fd, _fcntl.F_DUPFD_CLOEXEC, 10)
    _os.close(fd)
    return moved


# NOTE: both are checked before either moves: a dup could otherwise land on the number of the
# one not yet taken.
_ACK = _take(4)
_CHAN = _take(3)


def _send(payload):
    data = b"%d\n" % len(payload) + payload
    view = memoryview(data)
    while view:
        view = view[_os.write(_CHAN, view):]


def _send_record(rec, tail=b""):
    _send(_dumps(rec).encode() + b"\n" + tail)


def _wait_ack():
    """Blocks until grind accepts the last frame; False when grind wants the script to stop."""
    if _ACK < 0:
        return True
    while True:
        try:
            return bool(_os.read(_ACK, 1))
        except InterruptedError:
            continue


def _compile_or_report(source):
    """The solution compiled, or None after reporting {"e":"compile_error","message":...}: the
    syntax error as Python prints its last lines. Scripts compile the solution themselves, so a
    check needs no interpreter start of its own for the syntax check."""
    try:
        return compile(source, "solution.py", "exec")
    except (SyntaxError, ValueError) as e:
        import traceback  # only on failure: importing it costs more than the compile

        message = "".join(traceback.format_exception_only(type(e), e)).rstrip()
        _send_record({"e": "compile_error", "message": message})
        return None


def _input(offset=0):
    """Standard input's bytes from `offset` to its end: a read-only mapping of the file grind
    passes (a sealed anonymous file, or the test cache's file, whose inputs come last from an
    offset a mapping can start at), or (from a pipe, where the kernel has no sealable files)
    the bytes read. Nothing before `offset` is ever mapped or read."""
    try:
        import mmap

        return mmap.mmap(0, 0, access=mmap.ACCESS_READ, offset=offset)
    except (ImportError, OSError, ValueError):
        if offset:
            _os.lseek(0, offset, _os.SEEK_SET)
        return _sys.stdin.buffer.read()
