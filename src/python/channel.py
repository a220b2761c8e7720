# grind channel: how a script reports to grind. Frames go out on fd 3, each one `<length>\n`
# in ASCII digits followed by that many bytes (a JSON object on one line, then any raw bytes it
# announces). grind answers each frame it accepts with one byte on fd 4; a script that waits
# for that byte before going on is never charged for grind's bookkeeping, and an end of file
# there means grind wants it to stop. grind runs this file in front of the harness and the
# batch runner, as one script.
import fcntl as _fcntl
import json as _json
import os as _os


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
    _send(_json.dumps(rec, separators=(",", ":"), allow_nan=False).encode() + b"\n" + tail)


def _wait_ack():
    """Blocks until grind accepts the last frame; False when grind wants the script to stop."""
    if _ACK < 0:
        return True
    while True:
        try:
            return bool(_os.read(_ACK, 1))
        except InterruptedError:
            continue
