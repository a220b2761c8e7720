import random
import unittest

from grind_testing import Mismatch, expect, expect_raises, expect_true

from solution import MethodNotAllowed, NotFound, Router


def route(router, method, path):
    try:
        return router.match(method, path)
    except (NotFound, MethodNotAllowed) as e:
        raise Mismatch("match(%r, %r) raised %s, expected a route" % (method, path, type(e).__name__))


def not_found(router, method, path):
    e = expect_raises(NotFound, router.match, method, path)
    expect_true(not isinstance(e, MethodNotAllowed), "match(%r, %r) should raise NotFound, not MethodNotAllowed"
                % (method, path))


def not_allowed(router, method, path):
    try:
        router.match(method, path)
    except MethodNotAllowed as e:
        return e
    except NotFound:
        raise Mismatch("match(%r, %r) raised NotFound, expected MethodNotAllowed" % (method, path))
    raise Mismatch("match(%r, %r) returned a route, expected MethodNotAllowed" % (method, path))


def router(*routes):
    r = Router()
    for method, pattern, name in routes:
        r.add(method, pattern, name)
    return r


def test_root_path():
    r = router(("GET", "/", "home"), ("GET", "/<page>", "page"))
    expect(route(r, "GET", "/"), ("home", {}))
    expect(route(r, "GET", "/about"), ("page", {"page": "about"}))
    not_found(router(("GET", "/about", "about")), "GET", "/")


def test_static_beats_parameter_whatever_the_order():
    for routes in ([("GET", "/users/<id>", "detail"), ("GET", "/users/me", "me")],
                   [("GET", "/users/me", "me"), ("GET", "/users/<id>", "detail")]):
        r = router(*routes)
        expect(route(r, "GET", "/users/me"), ("me", {}))
        expect(route(r, "GET", "/users/mee"), ("detail", {"id": "mee"}))


def test_int_parameter_beats_plain_parameter():
    for routes in ([("GET", "/items/<slug>", "by_slug"), ("GET", "/items/<int:item_id>", "by_id")],
                   [("GET", "/items/<int:item_id>", "by_id"), ("GET", "/items/<slug>", "by_slug")]):
        r = router(*routes)
        expect(route(r, "GET", "/items/42"), ("by_id", {"item_id": 42}))
        expect(route(r, "GET", "/items/4a"), ("by_slug", {"slug": "4a"}))
        expect(route(r, "GET", "/items/0042"), ("by_id", {"item_id": 42}))


def test_leftmost_difference_decides():
    r = router(("GET", "/<x>/b", "param_first"), ("GET", "/a/<y>", "static_first"))
    expect(route(r, "GET", "/a/b"), ("static_first", {"y": "b"}))
    r = router(("GET", "/<x>/b/c", "two_statics"), ("GET", "/a/<y>/<z>", "leftmost_static"))
    expect(route(r, "GET", "/a/b/c"), ("leftmost_static", {"y": "b", "z": "c"}))
    r = router(("GET", "/v/<name>/<int:n>", "int_last"), ("GET", "/v/<int:n>/<name>", "int_first"))
    expect(route(r, "GET", "/v/1/2"), ("int_first", {"n": 1, "name": "2"}))
    r = router(("GET", "/s/<a>/x/<b>", "late_static"), ("GET", "/s/<a>/<b>/y", "later_static"))
    expect(route(r, "GET", "/s/1/x/y"), ("late_static", {"a": "1", "b": "y"}))


def test_equal_specificity_first_added_wins():
    r = router(("GET", "/u/<id>", "first"), ("GET", "/u/<name>", "second"))
    expect(route(r, "GET", "/u/ada"), ("first", {"id": "ada"}))
    r = router(("GET", "/p/<int:a>", "one"), ("GET", "/p/<int:b>", "two"), ("GET", "/p/<c>", "three"))
    expect(route(r, "GET", "/p/5"), ("one", {"a": 5}))


def test_trailing_slash_is_significant():
    r = router(("GET", "/users", "list"), ("GET", "/docs/", "docs_index"))
    expect(route(r, "GET", "/users"), ("list", {}))
    not_found(r, "GET", "/users/")
    expect(route(r, "GET", "/docs/"), ("docs_index", {}))
    not_found(r, "GET", "/docs")
    r = router(("GET", "/users", "list"), ("GET", "/users/", "list_slash"))
    expect(route(r, "GET", "/users/"), ("list_slash", {}))
    expect(route(r, "GET", "/users"), ("list", {}))


def test_parameter_matches_exactly_one_non_empty_segment():
    r = router(("GET", "/files/<name>", "file"), ("GET", "/n/<int:x>", "number"))
    not_found(r, "GET", "/files/")
    not_found(r, "GET", "/files/a/b")
    not_found(r, "GET", "/files")
    not_found(r, "GET", "//files/a")
    expect(route(r, "GET", "/files/a.tar.gz"), ("file", {"name": "a.tar.gz"}))
    expect(route(r, "GET", "/files/%20x"), ("file", {"name": "%20x"}))


def test_int_parameter_accepts_only_digits():
    r = router(("GET", "/n/<int:x>", "number"))
    expect(route(r, "GET", "/n/007"), ("number", {"x": 7}))
    expect(route(r, "GET", "/n/0"), ("number", {"x": 0}))
    expect(route(r, "GET", "/n/123456789012345678901234567890"), ("number", {"x": 123456789012345678901234567890}))
    for bad in ("/n/-1", "/n/+1", "/n/1.5", "/n/1e3", "/n/", "/n/12a", "/n/ 1", "/n/1_000"):
        not_found(r, "GET", bad)


def test_int_parameter_takes_ascii_digits_only():
    r = router(("GET", "/n/<int:x>", "number"))
    for bad in ("/n/\u0661\u0662", "/n/\uff13", "/n/\u00b2", "/n/1\u00b2"):
        not_found(r, "GET", bad)
    r = router(("GET", "/n/<int:x>", "number"), ("GET", "/n/<name>", "name"))
    expect(route(r, "GET", "/n/\u0661\u0662"), ("name", {"name": "\u0661\u0662"}))


def test_static_segments_are_literal_text():
    r = router(("GET", "/v1.0/files/a+b/(x)", "literal"), ("GET", "/api/v[12]/*", "brackets"))
    expect(route(r, "GET", "/v1.0/files/a+b/(x)"), ("literal", {}))
    for bad in ("/v1x0/files/a+b/(x)", "/v1.0/files/aab/(x)", "/v1.0/files/a+b/x"):
        not_found(r, "GET", bad)
    expect(route(r, "GET", "/api/v[12]/*"), ("brackets", {}))
    for bad in ("/api/v1/", "/api/v2/anything", "/api/v[12]/"):
        not_found(r, "GET", bad)


def test_parameter_named_like_int_is_a_plain_parameter():
    r = router(("GET", "/t/<interval>", "plain"), ("GET", "/u/<int_id>", "plain_too"))
    expect(route(r, "GET", "/t/5m"), ("plain", {"interval": "5m"}))
    expect(route(r, "GET", "/u/abc"), ("plain_too", {"int_id": "abc"}))


def test_method_is_filtered_before_specificity():
    r = router(("POST", "/users/me", "update_me"), ("GET", "/users/<id>", "detail"))
    expect(route(r, "GET", "/users/me"), ("detail", {"id": "me"}))
    expect(route(r, "POST", "/users/me"), ("update_me", {}))
    e = not_allowed(r, "DELETE", "/users/me")
    expect(e.allowed, ["GET", "POST"], "allowed methods for /users/me")
    e = not_allowed(r, "POST", "/users/7")
    expect(e.allowed, ["GET"], "allowed methods for /users/7")


def test_allowed_methods_are_unique_and_sorted():
    r = router(("PUT", "/a/<x>", "put_a"), ("GET", "/a/<x>", "get_a"), ("GET", "/a/b", "get_ab"),
               ("PATCH", "/<p>/b", "patch_b"), ("GET", "/a/<int:n>", "get_int"), ("POST", "/a/c", "post_ac"))
    e = not_allowed(r, "DELETE", "/a/b")
    expect(e.allowed, ["GET", "PATCH", "PUT"], "allowed methods for /a/b")
    expect(route(r, "PATCH", "/a/b"), ("patch_b", {"p": "a"}))
    expect(route(r, "PUT", "/a/c"), ("put_a", {"x": "c"}))


def test_static_segments_match_exactly():
    r = router(("GET", "/v1.0/api-docs_x/index.html", "docs"), ("GET", "/Users", "upper"))
    expect(route(r, "GET", "/v1.0/api-docs_x/index.html"), ("docs", {}))
    not_found(r, "GET", "/v1.0/api-docs_x/index.htm")
    not_found(r, "GET", "/users")
    expect(route(r, "GET", "/Users"), ("upper", {}))


def test_several_parameters():
    r = router(("GET", "/orgs/<org>/repos/<int:repo_id>/issues/<int:number>", "issue"),
               ("GET", "/orgs/<org>/repos/<repo>", "repo"))
    expect(route(r, "GET", "/orgs/acme/repos/12/issues/345"), ("issue", {"org": "acme", "repo_id": 12, "number": 345}))
    expect(route(r, "GET", "/orgs/acme/repos/web"), ("repo", {"org": "acme", "repo": "web"}))
    not_found(r, "GET", "/orgs/acme/repos/web/issues/1")


def test_not_found_when_empty():
    not_found(Router(), "GET", "/")
    not_found(Router(), "GET", "/anything")


class TestRouterInstances(unittest.TestCase):
    def test_routers_do_not_share_routes(self):
        a, b = Router(), Router()
        a.add("GET", "/only-in-a", "a")
        b.add("POST", "/only-in-b", "b")
        self.assertEqual(route(a, "GET", "/only-in-a"), ("a", {}))
        not_found(b, "GET", "/only-in-a")
        not_found(a, "POST", "/only-in-b")

    def test_exception_classes(self):
        self.assertTrue(issubclass(NotFound, Exception))
        self.assertTrue(issubclass(MethodNotAllowed, Exception))
        self.assertFalse(issubclass(NotFound, MethodNotAllowed))
        self.assertFalse(issubclass(MethodNotAllowed, NotFound))


def test_many_routes_against_a_reference_order():
    """300 random routes over a small alphabet; each answer is checked against the rules."""
    rng = random.Random(99)
    kinds_of = {}
    r = Router()
    routes = []
    for i in range(300):
        n = rng.randint(1, 3)
        segs = []
        for k in range(n):
            c = rng.random()
            if c < 0.5:
                segs.append(rng.choice(["a", "b", "1"]))
            elif c < 0.75:
                segs.append("<int:p%d>" % k)
            else:
                segs.append("<p%d>" % k)
        pattern = "/" + "/".join(segs)
        method = rng.choice(["GET", "POST"])
        name = "r%d" % i
        r.add(method, pattern, name)
        routes.append((method, segs, name))
    rank = {"static": 2, "int": 1, "param": 0}

    def kind(seg):
        return "int" if seg.startswith("<int:") else "param" if seg.startswith("<") else "static"

    def fits(seg, part):
        k = kind(seg)
        return part == seg if k == "static" else (part.isdigit() if k == "int" else part != "")

    for _ in range(400):
        parts = [rng.choice(["a", "b", "1", "22", "c"]) for _ in range(rng.randint(1, 3))]
        path = "/" + "/".join(parts)
        method = rng.choice(["GET", "POST", "PUT"])
        matching = [(m, s, nm, i) for i, (m, s, nm) in enumerate(routes)
                    if len(s) == len(parts) and all(fits(x, y) for x, y in zip(s, parts))]
        same = [x for x in matching if x[0] == method]
        if same:
            best = max(same, key=lambda x: (tuple(rank[kind(seg)] for seg in x[1]), -x[3]))
            got = route(r, method, path)
            expect(got[0], best[2], "route chosen for %s %s" % (method, path))
        elif matching:
            e = not_allowed(r, method, path)
            expect(e.allowed, sorted({x[0] for x in matching}), "allowed for %s" % path)
        else:
            not_found(r, method, path)
