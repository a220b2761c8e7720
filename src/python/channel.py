# grind channel: how a script reports to grind. Frames go out on fd 3, each one `<length>\n`
# in ASCII digits followed by that many bytes (a JSON object on one line, then any raw bytes it
# announces). grind answers each frame it accepts with one byte on fd 4; a script that waits
# for that byte before going on is never charged for grind's bookkeeping, and an end of file
# there means grind wants it to stop. grind runs this file in front of the harness and the
# batch runner, as one script.
import json as _json
import os as _os

_CHAN = _os.dup(3)
_os.close(3)
try:
    _ACK = _os.dup(4)
    _os.close(4)
except OSError:  # a run without acknowledgements
    _ACK = -1


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
