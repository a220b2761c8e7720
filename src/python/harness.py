# grind function harness: loads solution.py, calls the entry point once per case, and reports
# each result on the channel. It never sees expected answers: inputs come in on stdin, results
# go out, and the comparison happens in grind.
#
# grind runs this file after prelude.py (ListNode, TreeNode, the list converters,
# solution_namespace()) and channel.py (_send_record, _wait_ack), as one script.
#
# Records: {"e":"ready"} once the solution is loaded, {"e":"compile_error",...} if it does
# not compile, or {"e":"load_error",...} if it cannot be loaded; then, for each case, after
# grind's go-ahead, {"e":"result","i":N,...}. grind measures time from outside (the run's
# cgroup), so nothing here is timed. src/python/records.rs parses the records.
import builtins
import io
import os
import sys

try:
    import resource
except ImportError:  # not on Linux/macOS
    resource = None

_real_stdout = sys.stdout

if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)

builtins.exit = builtins.quit = sys.exit

# What a case printed is kept up to this many characters; the rest is counted, not stored.
PRINT_KEEP = 4000


class _Printed(io.TextIOBase):
    """sys.stdout during a call: keeps the start of what the solution prints, drops the rest."""

    def __init__(self):
        self.parts = []
        self.kept = 0
        self.dropped = 0

    def writable(self):
        return True

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        room = PRINT_KEEP - self.kept
        if room > 0:
            self.parts.append(s[:room])
            self.kept += min(room, len(s))
        self.dropped += max(0, len(s) - max(room, 0))
        return len(s)

    def text(self):
        out = "".join(self.parts)
        if self.dropped:
            out += "\n[... %d more characters printed ...]" % self.dropped
        return out


class Unsupported(Exception):
    pass


def plain(v, depth=0):
    t = type(v)
    if v is None or t is bool or t is str or t is int:
        return v
    if t is float:
        if v != v or v in (float("inf"), float("-inf")):
            return {"__float__": repr(v)}
        return v
    if depth > 500:
        raise Unsupported("the returned value is nested more than 500 levels deep (a cycle?)")
    if t is list or t is tuple:
        return [plain(x, depth + 1) for x in v]
    if t is dict:
        out = {}
        for k, x in v.items():
            if type(k) is not str:
                raise Unsupported("dict keys must be str, got `%s`" % type(k).__name__)
            out[k] = plain(x, depth + 1)
        return out
    raise Unsupported("cannot return a value of type `%s`" % t.__name__)


def from_list_node(head):
    out = []
    seen = set()
    node = head
    while node is not None:
        if id(node) in seen:
            raise Unsupported("the returned linked list has a cycle")
        seen.add(id(node))
        if not hasattr(node, "val") or not hasattr(node, "next"):
            raise Unsupported("expected a ListNode, got `%s`" % type(node).__name__)
        out.append(plain(node.val))
        node = node.next
    return out


def from_tree_node(root):
    out = []
    queue = [root]
    qi = 0
    seen = set()
    while qi < len(queue):
        node = queue[qi]
        qi += 1
        if node is None:
            out.append(None)
            continue
        if id(node) in seen:
            raise Unsupported("the returned tree has a cycle or a shared node")
        seen.add(id(node))
        if not all(hasattr(node, a) for a in ("val", "left", "right")):
            raise Unsupported("expected a TreeNode, got `%s`" % type(node).__name__)
        out.append(plain(node.val))
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


CONVERT_IN = {"any": lambda v: v, "list_node": to_list_node, "tree_node": to_tree_node}
CONVERT_OUT = {"any": plain, "list_node": from_list_node, "tree_node": from_tree_node}


def _solution_traceback(exc):
    """The traceback through solution.py only (the harness's own frames are of no use)."""
    import traceback

    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == "solution.py"]
    if not frames:
        return None
    text = "".join(traceback.format_list(frames))
    return text if len(text) <= 4000 else text[:4000] + "..."


def describe(exc):
    msg = str(exc)
    if len(msg) > 500:
        msg = msg[:500] + "..."
    out = {"type": type(exc).__name__, "message": msg}
    tb = _solution_traceback(exc)
    if tb:
        out["traceback"] = tb
    return out


def peak_kib():
    if resource is None:
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main():
    # Line 1 is the job header, every further line the arguments of one case. Cases are parsed
    # one at a time, so the memory limit is spent on the solution, not on the test data. The
    # input is a sealed file that is mapped, not copied (read whole where it is a pipe).
    data = _input()
    os.close(0)
    sys.stdin = io.StringIO("")
    at = data.find(b"\n")
    job = _loads(data[:at])
    entry, design = job["entry"], job["design"]
    params, returns = job["params"], job["returns"]
    start = job["start"]

    ns = {"__name__": "solution", "__file__": "solution.py", "__builtins__": builtins}
    with open("solution.py", "rb") as f:
        source = f.read()
    code = _compile_or_report(source)
    if code is None:
        return
    ns.update(solution_namespace(source))
    try:
        exec(code, ns)
        # LeetCode habits are accepted: `class Solution` with the method, and the camelCase
        # spelling of a snake_case name (`twoSum` for `two_sum`).
        camel = entry.split("_")[0] + "".join(w[:1].upper() + w[1:] for w in entry.split("_")[1:])
        target = ns.get(entry) or (None if design else ns.get(camel))
        if target is None and not design and isinstance(ns.get("Solution"), type):
            obj = ns["Solution"]()
            target = getattr(obj, entry, None) or getattr(obj, camel, None)
        if target is None or not callable(target):
            what = "class" if design else "function"
            found = sorted(
                k for k, v in ns.items()
                if not k.startswith("_") and (isinstance(v, type) or callable(v))
                and getattr(v, "__module__", None) == "solution"
            )
            if isinstance(ns.get("Solution"), type):
                found += ["Solution.%s" % m for m in sorted(vars(ns["Solution"])) if not m.startswith("_")]
            hint = "; it defines %s" % ", ".join("`%s`" % f for f in found) if found else ""
            raise NameError("solution.py defines no %s `%s` (the one this exercise calls)%s" % (what, entry, hint))
    except BaseException as e:  # the solution's own module code failed
        sys.stdout = _real_stdout
        rec = {"e": "load_error"}
        rec.update(describe(e))
        _send_record(rec)
        return
    sys.stdout = _real_stdout
    _send_record({"e": "ready"})

    for offset in range(job["count"]):
        if not _wait_ack():
            return
        i = start + offset
        end = data.find(b"\n", at + 1)
        args = _loads(data[at + 1:end if end >= 0 else len(data)])
        at = end
        printed = _Printed()
        sys.stdout = printed
        rec = {"e": "result", "i": i}
        op = None
        try:
            if design:
                ops, op_args = args
                obj = target(*op_args[0])
                value = [None]
                for k in range(1, len(ops)):
                    op = k
                    value.append(plain(getattr(obj, ops[k])(*op_args[k])))
                op = None
            else:
                conv = [CONVERT_IN.get(params[k] if k < len(params) else "any") for k in range(len(args))]
                value = target(*[c(a) for c, a in zip(conv, args)])
            try:
                rec["value"] = plain(value) if design else CONVERT_OUT[returns](value)
                rec["ok"] = True
            except Unsupported as e:
                rec["ok"] = False
                rec["kind"] = "unsupported"
                rec["message"] = str(e)
        except BaseException as e:
            rec["ok"] = False
            rec["kind"] = "unsupported" if isinstance(e, Unsupported) else "exception"
            rec.update(describe(e))
            if design and op is not None:
                rec["message"] = "in operation #%d `%s`: %s" % (op, args[0][op], rec["message"])
        sys.stdout = _real_stdout
        rec["peak_kib"] = peak_kib()
        out = printed.text()
        if out:
            rec["stdout"] = out
        _send_record(rec)
    _wait_ack()


main()
# Skip the interpreter's teardown (freeing every object, a last garbage collection): nothing
# is left to report, and grind ends the run anyway.
for _stream in (sys.stdout, sys.stderr):
    try:
        _stream.flush()
    except BaseException:
        pass
os._exit(0)
