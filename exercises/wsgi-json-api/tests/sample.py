from grind_testing import call_wsgi, expect

from solution import make_app


def test_create_and_list():
    app = make_app()
    status, _, body = call_wsgi(app, "POST", "/notes", {"text": "buy milk"})
    expect((status, body), (201, {"id": 1, "text": "buy milk"}), "POST /notes")
    status, _, body = call_wsgi(app, "GET", "/notes")
    expect((status, body), (200, [{"id": 1, "text": "buy milk"}]), "GET /notes")


def test_get_one_and_missing_one():
    app = make_app()
    call_wsgi(app, "POST", "/notes", {"text": "call bob"})
    status, _, body = call_wsgi(app, "GET", "/notes/1")
    expect((status, body), (200, {"id": 1, "text": "call bob"}), "GET /notes/1")
    status, headers, body = call_wsgi(app, "GET", "/notes/2")
    expect(status, 404, "status of GET /notes/2")
    expect(sorted(body), ["error"], "keys of the error body")


def test_missing_text_is_400():
    app = make_app()
    status, headers, body = call_wsgi(app, "POST", "/notes", {"title": "no text here"})
    expect(status, 400, "status")
    expect(headers.get("content-type", "").startswith("application/json"), True, "JSON content type")
    expect(isinstance(body, dict) and isinstance(body.get("error"), str), True, "body is {\"error\": <string>}")
