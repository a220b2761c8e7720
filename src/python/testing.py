# grind_testing: helpers for the test files of `module` exercises. Standard library only, and
# the same on Python 3.8 to 3.13. Test files import it as `grind_testing`:
#
#     from grind_testing import expect, expect_raises, FakeClock, counted, run_async, call_wsgi
#
# A failed `expect` raises `Mismatch` (an AssertionError), which grind reports as a wrong answer
# with the message; any other exception is a run-time error.
#
# Every module test runs in an interpreter of its own and imports this file, so it imports only
# what loads in well under a millisecond; each helper imports what it needs (`asyncio` alone
# costs 15 to 40 ms).
import io
import sys

__all__ = [
    "Mismatch", "expect", "expect_true", "expect_raises", "FakeClock", "counted",
    "run_async", "switch_interval", "run_threads", "call_wsgi",
]


class Mismatch(AssertionError):
    """A failed expectation: grind shows its message as the reason for a wrong answer."""


def _show(value, limit=300):
    text = repr(value)
    if len(text) > limit:
        text = text[:limit] + "..."
    return text


def _same(actual, expected):
    """Equal values of the same kind: `1.0` is not `1`, `True` is not `1`, a tuple is not a list."""
    if type(actual) is not type(expected):
        both_numbers = isinstance(actual, float) and isinstance(expected, float)
        if not both_numbers:
            return False
    if isinstance(expected, (list, tuple)):
        return len(actual) == len(expected) and all(_same(a, e) for a, e in zip(actual, expected))
    if isinstance(expected, dict):
        return actual.keys() == expected.keys() and all(_same(actual[k], expected[k]) for k in expected)
    if isinstance(expected, float):
        return actual == expected or abs(actual - expected) <= 1e-9 * max(1.0, abs(expected))
    return actual == expected


def expect(actual, expected, what=None):
    """Fail unless `actual` equals `expected` (same types, lists and dicts compared deeply)."""
    if not _same(actual, expected):
        head = "%s: " % what if what else ""
        raise Mismatch("%sexpected %s, got %s" % (head, _show(expected), _show(actual)))


def expect_true(condition, message):
    """Fail with `message` unless `condition` holds."""
    if not condition:
        raise Mismatch(message)


def expect_raises(exc_type, func, *args, **kwargs):
    """Call `func(*args, **kwargs)`; fail unless it raises `exc_type` (or a subclass). Returns the
    exception, so a test can look at it."""
    name = getattr(exc_type, "__name__", str(exc_type))
    try:
        func(*args, **kwargs)
    except exc_type as e:
        return e
    except Exception as e:
        raise Mismatch("expected %s to be raised, got %s: %s" % (name, type(e).__name__, e))
    raise Mismatch("expected %s to be raised, but the call returned normally" % name)


class FakeClock:
    """A clock that only moves when told to: pass `clock.time` (or `clock.monotonic`) where the
    code reads the time and `clock.sleep` where it sleeps. Sleeps are recorded in `sleeps`."""

    def __init__(self, start=0.0):
        self.now = start
        self.sleeps = []

    def time(self):
        return self.now

    monotonic = time
    perf_counter = time

    def sleep(self, seconds):
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        self.sleeps.append(seconds)
        self.now += seconds

    def advance(self, seconds):
        self.now += seconds


def counted(func):
    """Wrap `func` so its calls are counted: `wrapper.calls` holds `(args, kwargs)` per call and
    `wrapper.count` their number. The wrapper keeps `func`'s name and docstring."""
    return _Counted(func)


class _Counted:
    def __init__(self, func):
        self.func = func
        self.calls = []
        self.__name__ = getattr(func, "__name__", "counted")
        self.__doc__ = getattr(func, "__doc__", None)

    @property
    def count(self):
        return len(self.calls)

    def __call__(self, *args, **kwargs):
        self.calls.append((args, kwargs))
        return self.func(*args, **kwargs)


class _VirtualSelector:
    """Wraps the loop's selector: when the loop would wait for its next timer, time jumps there
    instead, so `asyncio.sleep(60)` costs nothing and the order of events stays exact."""

    def __init__(self, inner, loop):
        self._inner = inner
        self._loop = loop

    def select(self, timeout=None):
        ready = self._inner.select(0)
        if not ready and timeout is not None and timeout > 0:
            self._loop._virtual_now += timeout
        return ready

    def __getattr__(self, name):
        return getattr(self._inner, name)


_virtual_loop_class = None


def _VirtualLoop():
    """A fresh `asyncio` loop whose clock is virtual (see `_VirtualSelector`). The class is
    made on first use, so a test that never runs a coroutine never imports `asyncio`."""
    global _virtual_loop_class
    if _virtual_loop_class is None:
        import asyncio
        import selectors

        class VirtualLoop(asyncio.SelectorEventLoop):
            def __init__(self):
                super().__init__(selectors.DefaultSelector())
                self._virtual_now = 0.0
                self._selector = _VirtualSelector(self._selector, self)

            def time(self):
                return self._virtual_now

        _virtual_loop_class = VirtualLoop
    return _virtual_loop_class()


def run_async(main, timeout=None):
    """Run the coroutine `main` in a fresh event loop whose clock is virtual: `loop.time()`
    starts at 0 and jumps to the next timer whenever every task is waiting. Returns `main`'s
    result. `timeout` (virtual seconds) fails the test if `main` has not finished by then."""
    import asyncio

    loop = _VirtualLoop()
    try:
        asyncio.set_event_loop(loop)
        if timeout is not None:
            main = asyncio.wait_for(main, timeout)
        return loop.run_until_complete(main)
    finally:
        try:
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for t in pending:
                t.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        finally:
            asyncio.set_event_loop(None)
            loop.close()


class switch_interval:
    """Make threads switch very often inside the block (`with switch_interval():`), so races
    show up."""

    def __init__(self, seconds=1e-6):
        self._seconds = seconds
        self._old = None

    def __enter__(self):
        self._old = sys.getswitchinterval()
        sys.setswitchinterval(self._seconds)
        return self

    def __exit__(self, *exc):
        sys.setswitchinterval(self._old)
        return False


def run_threads(target, count, args=()):
    """Start `count` threads running `target(*args)`, wait for all of them, and re-raise the
    first exception any of them raised."""
    errors = []

    def body():
        try:
            target(*args)
        except BaseException as e:  # noqa: BLE001 - reported to the test below
            errors.append(e)

    import threading

    threads = [threading.Thread(target=body) for _ in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]


def call_wsgi(app, method, path, body=None, headers=None):
    """Call a WSGI application once, as a server would. `path` may hold a query string;
    `body` may be bytes, str, or anything JSON-serialisable (sent as JSON). Returns
    `(status_code, headers, body)` with headers as a dict (names lowercased) and the body as
    parsed JSON when the response says `application/json`, else as text."""
    import json
    from wsgiref.util import setup_testing_defaults

    if isinstance(body, (bytes, bytearray)):
        data = bytes(body)
        content_type = "application/octet-stream"
    elif isinstance(body, str):
        data = body.encode("utf-8")
        content_type = "text/plain; charset=utf-8"
    elif body is None:
        data = b""
        content_type = None
    else:
        data = json.dumps(body).encode("utf-8")
        content_type = "application/json"
    path_info, _, query = path.partition("?")
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path_info,
        "QUERY_STRING": query,
        "CONTENT_LENGTH": str(len(data)),
        "wsgi.input": io.BytesIO(data),
    }
    if content_type:
        environ["CONTENT_TYPE"] = content_type
    for name, value in (headers or {}).items():
        key = name.upper().replace("-", "_")
        if key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            environ[key] = value
        else:
            environ["HTTP_" + key] = value
    setup_testing_defaults(environ)
    seen = {}

    def start_response(status, response_headers, exc_info=None):
        seen["status"] = status
        seen["headers"] = response_headers
        return lambda chunk: seen.setdefault("written", []).append(chunk)

    chunks = app(environ, start_response)
    try:
        payload = b"".join(seen.get("written", [])) + b"".join(chunks)
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()
    if "status" not in seen:
        raise Mismatch("the application never called start_response")
    try:
        code = int(seen["status"].split(" ", 1)[0])
    except ValueError:
        raise Mismatch("malformed status line %r" % (seen["status"],))
    out_headers = {k.lower(): v for k, v in seen["headers"]}
    text = payload.decode("utf-8", "replace")
    if out_headers.get("content-type", "").startswith("application/json"):
        try:
            return code, out_headers, json.loads(text) if text else None
        except ValueError:
            raise Mismatch("the response says application/json but its body is not JSON: %s" % _show(text))
    return code, out_headers, text
