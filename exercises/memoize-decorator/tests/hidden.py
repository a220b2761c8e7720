import unittest

from grind_testing import counted, expect, expect_raises

from solution import memoize


def test_keyword_order_does_not_matter():
    f = counted(lambda x, scale=1, shift=0: x * scale + shift)
    cached = memoize(f)
    expect(cached(1, scale=2, shift=3), 5)
    expect(cached(1, shift=3, scale=2), 5)
    expect(f.count, 1, "times the original ran")


def test_keyword_values_are_part_of_the_key():
    f = counted(lambda x, scale=1: x * scale)
    cached = memoize(f)
    expect(cached(3, scale=2), 6)
    expect(cached(3, scale=5), 15)
    expect(cached(3), 3)
    expect(f.count, 3, "times the original ran")


def test_positional_and_keyword_do_not_collide():
    f = counted(lambda *args, **kwargs: (args, sorted(kwargs.items())))
    cached = memoize(f)
    expect(cached("a", 1), (("a", 1), []))
    expect(cached(a=1), ((), [("a", 1)]))
    expect(f.count, 2, "times the original ran")


def test_none_and_zero_are_cached():
    nothing = counted(lambda key: None)
    zero = counted(lambda key: 0)
    cached_nothing, cached_zero = memoize(nothing), memoize(zero)
    for _ in range(3):
        expect(cached_nothing("k"), None)
        expect(cached_zero("k"), 0)
    expect(nothing.count, 1, "times the function returning None ran")
    expect(zero.count, 1, "times the function returning 0 ran")


def test_each_function_has_its_own_cache():
    double = memoize(lambda n: n * 2)
    triple = memoize(lambda n: n * 3)
    expect(double(5), 10)
    expect(triple(5), 15)
    expect(double(5), 10)


def test_unhashable_arguments_are_not_cached():
    total = counted(lambda values: sum(values))
    cached = memoize(total)
    expect(cached([1, 2, 3]), 6)
    expect(cached([1, 2, 3]), 6)
    expect(cached(values=[4]), 4)
    expect(total.count, 3, "times the original ran for list arguments")
    expect(cached((1, 2, 3)), 6)
    expect(cached((1, 2, 3)), 6)
    expect(total.count, 4, "times the original ran after a tuple argument was cached")


def test_a_tuple_holding_a_list_is_unhashable_too():
    # isinstance(([1],), collections.abc.Hashable) is True, yet hashing it raises TypeError.
    total = counted(lambda pair, **kw: len(pair) + len(kw))
    cached = memoize(total)
    expect(cached(([1, 2], 3)), 2)
    expect(cached(([1, 2], 3)), 2)
    expect(cached((1,), extra=([5],)), 2)
    expect(total.count, 3, "times the original ran for arguments that cannot be hashed")


def test_exceptions_are_not_cached():
    state = {"fail": True}

    def flaky(n):
        if state["fail"]:
            raise ConnectionError("down")
        return n + 100

    f = counted(flaky)
    cached = memoize(f)
    expect_raises(ConnectionError, cached, 1)
    state["fail"] = False
    expect(cached(1), 101)
    expect(cached(1), 101)
    expect(f.count, 2, "times the original ran")


def test_wrapped_and_doc_are_kept():
    def original(a):
        """Docs of the original."""
        return a

    cached = memoize(original)
    # getattr: a wrapper without `functools.wraps` is a wrong answer, not a crash of the test.
    expect(getattr(cached, "__wrapped__", None) is original, True, "__wrapped__ is the original function")
    expect(cached.__doc__, "Docs of the original.")


def test_cache_clear_empties_the_cache():
    f = counted(lambda n: -n)
    cached = memoize(f)
    cached(7)
    cached(7)
    cached.cache_clear()
    cached(7)
    expect(f.count, 2, "times the original ran after cache_clear")


def test_recursive_function_uses_the_cache():
    calls = []

    @memoize
    def fib(n):
        calls.append(n)
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    expect(fib(80), 23416728348467685)
    expect(len(calls), 81, "distinct values computed")


def test_tuple_argument_and_keyword_do_not_collide():
    f = counted(lambda *args, **kwargs: (args, sorted(kwargs.items())))
    cached = memoize(f)
    expect(cached(("a", 1)), ((("a", 1),), []))
    expect(cached(a=1), ((), [("a", 1)]))
    expect(f.count, 2, "times the original ran")


def test_equal_hashes_are_not_equal_keys():
    # hash(-1) == hash(-2) in CPython: a cache keyed by hash() alone mixes them up.
    f = counted(lambda n: n * 10)
    cached = memoize(f)
    expect(cached(-1), -10)
    expect(cached(-2), -20)
    expect(f.count, 2, "times the original ran")


def test_cache_clear_leaves_other_functions_alone():
    f = counted(lambda n: n + 1)
    g = counted(lambda n: n + 2)
    cached_f, cached_g = memoize(f), memoize(g)
    cached_f(1)
    cached_g(1)
    cached_f.cache_clear()
    expect(cached_g(1), 3)
    expect(g.count, 1, "times the other function ran after cache_clear")
    expect(cached_f(1), 2)
    expect(f.count, 2, "times the cleared function ran")


def test_a_type_error_from_the_function_runs_it_once():
    def picky(n):
        raise TypeError("bad input %r" % (n,))

    f = counted(picky)
    cached = memoize(f)
    expect_raises(TypeError, cached, 5)
    expect(f.count, 1, "times the original ran for one call that raised TypeError")


class TestMethodsAndEquality(unittest.TestCase):
    def test_equal_keys_share_an_entry(self):
        f = counted(lambda x: x)
        cached = memoize(f)
        self.assertEqual(cached(1), 1)
        self.assertEqual(cached(1.0), 1)
        self.assertEqual(f.count, 1)

    def test_methods_keep_self_in_the_key(self):
        class Greeter:
            def __init__(self, name):
                self.name = name

            @memoize
            def greet(self):
                return "hi " + self.name

        self.assertEqual(Greeter("ann").greet(), "hi ann")
        self.assertEqual(Greeter("bob").greet(), "hi bob")
