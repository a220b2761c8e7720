# json.loads() of the raw bytes also accepts a UTF-16 or UTF-32 body; the API takes UTF-8 only.
"""A tiny in-memory JSON notes API as a plain WSGI application.

`make_app()` closes over its own store, so each app is independent. Routing checks the path first
and the method second, so a known path with a wrong method is 405 (with Allow), never 404."""
import json
import re

_REASONS = {200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request",
            404: "Not Found", 405: "Method Not Allowed"}
_NOTE_PATH = re.compile(r"/notes/([0-9]+)")


def make_app():
    notes = {}  # id -> note, in creation order
    last_id = [0]

    def app(environ, start_response):
        def respond(status, payload=None, headers=()):
            line = "%d %s" % (status, _REASONS[status])
            if status == 204:
                start_response(line, list(headers))
                return [b""]
            body = json.dumps(payload).encode("utf-8")
            start_response(line, [("Content-Type", "application/json"),
                                  ("Content-Length", str(len(body)))] + list(headers))
            return [body]

        def not_allowed(allow):
            return respond(405, {"error": "method not allowed"}, [("Allow", allow)])

        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO", "")

        if path == "/notes":
            if method == "GET":
                return respond(200, list(notes.values()))
            if method == "POST":
                text, error = _read_text(environ)
                if error:
                    return respond(400, {"error": error})
                last_id[0] += 1
                note = {"id": last_id[0], "text": text}
                notes[note["id"]] = note
                return respond(201, note)
            return not_allowed("GET, POST")

        match = _NOTE_PATH.fullmatch(path)
        if match:
            if method not in ("GET", "DELETE"):
                return not_allowed("GET, DELETE")
            note_id = int(match.group(1))
            if note_id not in notes:
                return respond(404, {"error": "note %d not found" % note_id})
            if method == "GET":
                return respond(200, notes[note_id])
            del notes[note_id]
            return respond(204)

        return respond(404, {"error": "no route for %s" % path})

    return app


def _read_text(environ):
    """The request's "text", or (None, an error message)."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    raw = environ["wsgi.input"].read(length) if length > 0 else b""
    try:
        data = json.loads(raw)
    except ValueError:  # UnicodeDecodeError and JSONDecodeError are both ValueErrors
        return None, "the body must be valid JSON"
    if not isinstance(data, dict):
        return None, "the body must be a JSON object"
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        return None, "text must be a non-empty string"
    return text, None


app = make_app()
