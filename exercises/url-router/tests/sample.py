from grind_testing import Mismatch, expect, expect_raises

from solution import MethodNotAllowed, NotFound, Router


def route(router, method, path):
    try:
        return router.match(method, path)
    except (NotFound, MethodNotAllowed) as e:
        raise Mismatch("match(%r, %r) raised %s, expected a route" % (method, path, type(e).__name__))


def example():
    r = Router()
    r.add("GET", "/users/<id>", "user_detail")
    r.add("GET", "/users/me", "current_user")
    r.add("POST", "/users", "create_user")
    r.add("GET", "/orders/<int:order_id>/items/<sku>", "order_item")
    return r


def test_parameters_and_static_routes():
    r = example()
    expect(route(r, "GET", "/users/42"), ("user_detail", {"id": "42"}))
    expect(route(r, "GET", "/users/me"), ("current_user", {}))
    expect(route(r, "POST", "/users"), ("create_user", {}))


def test_int_parameter_is_converted():
    expect(route(example(), "GET", "/orders/7/items/A-1"), ("order_item", {"order_id": 7, "sku": "A-1"}))


def test_method_not_allowed_and_not_found():
    r = example()
    e = expect_raises(MethodNotAllowed, r.match, "DELETE", "/users/42")
    expect(e.allowed, ["GET"], "allowed methods")
    expect_raises(NotFound, r.match, "GET", "/products")
