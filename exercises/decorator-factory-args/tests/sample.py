from grind_testing import counted, expect, expect_raises

from solution import CountCalls, repeat, require_role


class User:
    def __init__(self, name, roles):
        self.name = name
        self.roles = roles


def call_allowed(func, *args, **kwargs):
    """Call a guarded function that must let the call through: a PermissionError is a wrong answer."""
    try:
        return func(*args, **kwargs)
    except PermissionError as e:
        raise AssertionError("the call was refused but the user has one of the roles: PermissionError(%s)" % e)


def test_user_with_the_role_gets_through():
    @require_role("admin")
    def delete_post(user, post_id):
        return "%s deleted %d" % (user.name, post_id)

    expect(call_allowed(delete_post, User("ann", {"admin"}), 7), "ann deleted 7")


def test_user_without_the_role_is_refused():
    @require_role("admin")
    def delete_post(user, post_id):
        return "deleted"

    expect_raises(PermissionError, delete_post, User("bob", {"reader"}), 7)


def test_repeat_returns_every_result():
    numbers = iter([4, 8, 15, 16])

    @repeat(3)
    def draw():
        return next(numbers)

    expect(draw(), [4, 8, 15], "results of the three calls")


def test_count_calls_counts():
    @CountCalls
    def ping():
        return "pong"

    expect(ping.calls, 0, "calls before any call")
    expect(ping(), "pong")
    ping()
    expect(ping.calls, 2, "calls after two calls")
