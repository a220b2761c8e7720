from grind_testing import counted, expect

from solution import memoize


def test_second_call_is_cached():
    square = counted(lambda n: n * n)
    cached = memoize(square)
    expect(cached(4), 16)
    expect(cached(4), 16)
    expect(square.count, 1, "times the original ran")


def test_different_arguments_are_different_entries():
    add = counted(lambda a, b: a + b)
    cached = memoize(add)
    expect(cached(1, 2), 3)
    expect(cached(2, 1), 3)
    expect(cached(1, 2), 3)
    expect(add.count, 2, "times the original ran")


def test_keeps_the_name():
    @memoize
    def fetch_user(user_id):
        """Load one user."""
        return {"id": user_id}

    expect(fetch_user.__name__, "fetch_user")
    expect(fetch_user.__doc__, "Load one user.")
