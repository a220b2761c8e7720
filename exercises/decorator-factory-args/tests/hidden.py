import unittest

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


def test_any_one_of_the_roles_is_enough():
    @require_role("admin", "moderator")
    def ban(user, target):
        return "%s banned %s" % (user.name, target)

    expect(call_allowed(ban, User("mo", {"moderator"}), "spammer"), "mo banned spammer", "a moderator")
    expect(call_allowed(ban, User("al", ["reader", "admin"]), "troll"), "al banned troll", "an admin whose roles are a list")
    expect_raises(PermissionError, ban, User("rae", ("reader", "writer")), "spammer")


def test_user_passed_as_a_keyword_is_checked():
    guarded = counted(lambda user, post_id, reason="": "removed %d (%s)" % (post_id, reason))
    remove = require_role("moderator")(guarded)
    expect(call_allowed(remove, post_id=3, user=User("mo", {"moderator"}), reason="spam"), "removed 3 (spam)")
    expect_raises(PermissionError, remove, user=User("rae", {"reader"}), post_id=3)
    expect_raises(PermissionError, remove, post_id=3, user=None)
    expect(guarded.count, 1, "times the guarded function ran")


def test_refused_call_does_not_run_the_function():
    guarded = counted(lambda user, amount: "refunded %d" % amount)
    refund = require_role("billing")(guarded)
    expect_raises(PermissionError, refund, User("eve", {"support"}), 500)
    expect_raises(PermissionError, refund, User("eve", set()), 500)
    expect(guarded.count, 0, "times the guarded function ran")


def test_anonymous_user_is_refused():
    guarded = counted(lambda user: "profile")
    profile = require_role("reader")(guarded)
    expect_raises(PermissionError, profile, None)
    expect(guarded.count, 0, "times the guarded function ran")


def test_require_role_without_roles_is_rejected():
    expect_raises(ValueError, require_role)


def test_arguments_and_result_reach_through_require_role():
    def export(user, fmt, *, include_deleted=False):
        return (user.name, fmt, include_deleted)

    guarded = require_role("admin")(export)
    ann = User("ann", {"admin"})
    expect(call_allowed(guarded, ann, "csv", include_deleted=True), ("ann", "csv", True))
    expect(call_allowed(guarded, ann, fmt="json"), ("ann", "json", False))


def test_repeat_passes_the_same_arguments_each_time():
    send = counted(lambda to, body, retries=0: len(body) + retries)
    blast = repeat(3)(send)
    expect(blast("ops@example.com", "disk full", retries=1), [10, 10, 10])
    expect(send.calls, [(("ops@example.com", "disk full"), {"retries": 1})] * 3, "calls made")


def test_repeat_zero_returns_an_empty_list_without_calling():
    work = counted(lambda: "done")
    expect(repeat(0)(work)(), [], "result of repeat(0)")
    expect(work.count, 0, "times the function ran")


def test_repeat_zero_keeps_the_metadata_too():
    def warm_cache(region):
        """Fill the cache of one region."""
        return region

    wrapped = repeat(0)(warm_cache)
    expect(wrapped("eu"), [], "result of repeat(0)")
    expect(getattr(wrapped, "__name__", None), "warm_cache", "__name__ kept by repeat(0)")
    expect(getattr(wrapped, "__doc__", None), "Fill the cache of one region.", "__doc__ kept by repeat(0)")
    expect(getattr(wrapped, "__wrapped__", None) is warm_cache, True, "__wrapped__ set by repeat(0)")


def test_repeat_negative_is_rejected():
    expect_raises(ValueError, repeat, -1)


def test_all_three_keep_the_metadata():
    def audit(user, event):
        """Write an audit event."""
        return event

    for name, decorated in (("require_role", require_role("auditor")(audit)),
                            ("repeat", repeat(2)(audit)),
                            ("CountCalls", CountCalls(audit))):
        expect(getattr(decorated, "__name__", None), "audit", "__name__ kept by " + name)
        expect(getattr(decorated, "__doc__", None), "Write an audit event.", "__doc__ kept by " + name)
        expect(getattr(decorated, "__wrapped__", None) is audit, True, "__wrapped__ set by " + name)


def test_count_calls_counts_calls_that_raise():
    @CountCalls
    def parse(text):
        return int(text)

    expect(parse("12"), 12)
    expect_raises(ValueError, parse, "twelve")
    expect_raises(ValueError, parse, "")
    expect(parse.calls, 3, "calls, including the two that raised")


def test_each_counted_function_has_its_own_count():
    @CountCalls
    def login(name):
        return "hello " + name

    @CountCalls
    def logout(name):
        return "bye " + name

    expect(login("ann"), "hello ann")
    login("bob")
    login("cy")
    expect(logout("ann"), "bye ann")
    expect(login.calls, 3, "calls of login")
    expect(logout.calls, 1, "calls of logout")


class TestCountCallsOnMethods(unittest.TestCase):
    def test_method_gets_the_instance_and_counts_every_instance(self):
        def deposit(self, amount):
            self.balance += amount
            return self.balance

        counter = CountCalls(deposit)

        class Account:
            def __init__(self):
                self.balance = 0

            deposit = counter

        a, b = Account(), Account()
        self.assertEqual(a.deposit(5), 5)
        self.assertEqual(a.deposit(amount=10), 15)
        self.assertEqual(b.deposit(1), 1)
        self.assertEqual(counter.calls, 3, "calls through both instances")


def test_decorators_stack():
    counter = CountCalls(lambda user, x: x * 2)
    guarded = require_role("admin")(repeat(3)(counter))
    expect(call_allowed(guarded, User("ann", {"admin"}), 21), [42, 42, 42])
    expect(counter.calls, 3, "calls reaching the innermost function")
    expect_raises(PermissionError, guarded, User("bob", {"reader"}), 21)
    expect(counter.calls, 3, "calls after a refused call")
