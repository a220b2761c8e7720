import unittest

from grind_testing import call_wsgi, expect, expect_true

from solution import make_app


def is_error(body):
    return isinstance(body, dict) and list(body) == ["error"] and isinstance(body["error"], str)


def create(app, text):
    status, _, body = call_wsgi(app, "POST", "/notes", {"text": text})
    expect(status, 201, "status of creating %r" % text)
    return body


class TestNotes(unittest.TestCase):
    def setUp(self):
        self.app = make_app()

    def test_invalid_bodies_are_400_and_create_nothing(self):
        bodies = [
            ("an empty body", None),
            ("text that is not JSON", "text: hello"),
            ("bytes that are not UTF-8", b"\xff\xfe{"),
            ("JSON encoded as UTF-16", '{"text": "hello"}'.encode("utf-16")),
            ("JSON encoded as UTF-16-LE", '{"text": "hello"}'.encode("utf-16-le")),
            ("JSON encoded as UTF-32", '{"text": "hello"}'.encode("utf-32")),
            ("truncated JSON", '{"text": "a"'),
            ("a JSON list", ["text", "hello"]),
            ("a JSON string", "\"hello\""),
            ("a JSON number", "42"),
            ("JSON null", "null"),
            ("an object without text", {"body": "hello"}),
            ("an empty text", {"text": ""}),
            ("a blank text", {"text": " \t\n "}),
            ("a number as text", {"text": 5}),
            ("null as text", {"text": None}),
            ("a list as text", {"text": ["a"]}),
            ("an object as text", {"text": {"a": 1}}),
            ("true as text", {"text": True}),
        ]
        for what, body in bodies:
            status, headers, got = call_wsgi(self.app, "POST", "/notes", body)
            expect(status, 400, "status for %s" % what)
            expect_true(headers.get("content-type", "").startswith("application/json"),
                        "Content-Type of the 400 for %s: %r" % (what, headers.get("content-type")))
            expect_true(is_error(got), "body of the 400 for %s should be {\"error\": <string>}, got %r" % (what, got))
        status, _, notes = call_wsgi(self.app, "GET", "/notes")
        expect(notes, [], "notes after the rejected requests")

    def test_text_is_stored_as_sent_and_extra_members_are_ignored(self):
        status, _, note = call_wsgi(self.app, "POST", "/notes", {"text": "  caf\u00e9 \u2713 ", "pinned": True, "id": 99})
        expect((status, note), (201, {"id": 1, "text": "  caf\u00e9 \u2713 "}), "created note")
        status, _, body = call_wsgi(self.app, "GET", "/notes/1")
        expect(body, {"id": 1, "text": "  caf\u00e9 \u2713 "}, "GET /notes/1")

    def test_delete_then_get_and_delete_again(self):
        create(self.app, "temporary")
        status, headers, body = call_wsgi(self.app, "DELETE", "/notes/1")
        expect(status, 204, "status of DELETE")
        expect_true(body in ("", None), "a 204 must have an empty body, got %r" % (body,))
        status, _, body = call_wsgi(self.app, "GET", "/notes/1")
        expect((status, is_error(body)), (404, True), "GET after DELETE")
        status, _, body = call_wsgi(self.app, "DELETE", "/notes/1")
        expect((status, is_error(body)), (404, True), "second DELETE")

    def test_ids_are_never_reused(self):
        for text in ("a", "b", "c"):
            create(self.app, text)
        call_wsgi(self.app, "DELETE", "/notes/3")
        call_wsgi(self.app, "DELETE", "/notes/1")
        expect(create(self.app, "d"), {"id": 4, "text": "d"}, "note created after two deletions")
        status, _, notes = call_wsgi(self.app, "GET", "/notes")
        expect(notes, [{"id": 2, "text": "b"}, {"id": 4, "text": "d"}], "notes, oldest first")

    def test_wrong_methods_are_405_with_allow(self):
        create(self.app, "exists")
        cases = [("PUT", "/notes", "GET, POST"), ("DELETE", "/notes", "GET, POST"),
                 ("PATCH", "/notes", "GET, POST"), ("POST", "/notes/1", "GET, DELETE"),
                 ("PUT", "/notes/1", "GET, DELETE"), ("PUT", "/notes/999", "GET, DELETE")]
        for method, path, allow in cases:
            status, headers, body = call_wsgi(self.app, method, path, {"text": "x"})
            expect(status, 405, "status of %s %s" % (method, path))
            expect_true(is_error(body), "body of the 405 for %s %s: %r" % (method, path, body))
            allowed = sorted(m.strip() for m in headers.get("allow", "").split(",") if m.strip())
            expect(allowed, sorted(allow.split(", ")), "Allow header of %s %s" % (method, path))
        status, _, notes = call_wsgi(self.app, "GET", "/notes")
        expect(notes, [{"id": 1, "text": "exists"}], "notes after the refused requests")

    def test_unknown_paths_are_404(self):
        create(self.app, "exists")
        for path in ("/", "/note", "/notes/", "/notes/abc", "/notes/-1", "/notes/1/extra",
                     "/Notes", "/notes/1.0", "//notes"):
            for method in ("GET", "POST"):
                status, headers, body = call_wsgi(self.app, method, path, {"text": "x"})
                expect(status, 404, "status of %s %s" % (method, path))
                expect_true(headers.get("content-type", "").startswith("application/json") and is_error(body),
                            "%s %s: a 404 must be a JSON error, got %r" % (method, path, body))
        status, _, notes = call_wsgi(self.app, "GET", "/notes")
        expect(len(notes), 1, "notes after requests to unknown paths")

    def test_id_is_ascii_digits_and_nothing_else(self):
        create(self.app, "exists")
        # PATH_INFO is already unquoted: /notes/1%0A arrives as "/notes/1\n", /notes/%B2 as "/notes/\xb2".
        for path in ("/notes/1\n", "/notes\n", "/notes/\xb2", "/notes/1\xb2", "/notes/ 1", "/notes/1 "):
            for method in ("GET", "DELETE"):
                status, headers, body = call_wsgi(self.app, method, path)
                expect(status, 404, "status of %s %r" % (method, path))
                expect_true(is_error(body), "%s %r: a 404 must be a JSON error, got %r" % (method, path, body))
        status, _, notes = call_wsgi(self.app, "GET", "/notes")
        expect(notes, [{"id": 1, "text": "exists"}], "notes after requests to unknown paths")

    def test_query_string_is_ignored(self):
        create(self.app, "one")
        create(self.app, "two")
        status, _, body = call_wsgi(self.app, "GET", "/notes?limit=1")
        expect((status, len(body)), (200, 2), "GET /notes?limit=1")
        status, _, body = call_wsgi(self.app, "GET", "/notes/2?verbose=1")
        expect((status, body), (200, {"id": 2, "text": "two"}), "GET /notes/2?verbose=1")

    def test_json_content_type_on_success(self):
        note = create(self.app, "typed")
        for method, path in (("GET", "/notes"), ("GET", "/notes/1")):
            status, headers, _ = call_wsgi(self.app, method, path)
            expect_true(headers.get("content-type", "").startswith("application/json"),
                        "Content-Type of %s %s: %r" % (method, path, headers.get("content-type")))
        status, headers, _ = call_wsgi(self.app, "POST", "/notes", {"text": "again"})
        expect_true(headers.get("content-type", "").startswith("application/json"), "Content-Type of the 201")
        expect(note, {"id": 1, "text": "typed"}, "created note")


def test_apps_do_not_share_notes():
    first, second = make_app(), make_app()
    create(first, "only in the first app")
    status, _, notes = call_wsgi(second, "GET", "/notes")
    expect(notes, [], "notes of the second app")
    expect(create(second, "second"), {"id": 1, "text": "second"}, "first note of the second app")
    status, _, notes = call_wsgi(first, "GET", "/notes")
    expect(notes, [{"id": 1, "text": "only in the first app"}], "notes of the first app")


def test_many_notes_in_order():
    app = make_app()
    for i in range(50):
        create(app, "note %d" % i)
    for i in range(0, 50, 3):
        call_wsgi(app, "DELETE", "/notes/%d" % (i + 1))
    status, _, notes = call_wsgi(app, "GET", "/notes")
    expect(notes, [{"id": i + 1, "text": "note %d" % i} for i in range(50) if i % 3], "remaining notes")
