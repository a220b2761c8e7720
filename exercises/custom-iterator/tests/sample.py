import itertools

from grind_testing import counted, expect

from solution import Paginator


def source(n):
    """A fake API over the items 0 .. n-1."""
    items = list(range(n))
    return lambda offset, limit: items[offset:offset + limit]


def test_yields_every_item_in_order():
    expect(list(Paginator(source(7), 3)), [0, 1, 2, 3, 4, 5, 6], "items")


def test_pages_are_fetched_with_item_offsets():
    fetch = counted(source(7))
    expect(list(Paginator(fetch, 3)), [0, 1, 2, 3, 4, 5, 6], "items")
    expect([args for args, _ in fetch.calls], [(0, 3), (3, 3), (6, 3)], "fetch_page calls")


def test_fetches_only_what_is_read():
    fetch = counted(source(100))
    pages = Paginator(fetch, 2)
    expect(list(itertools.islice(pages, 3)), [0, 1, 2], "first three items")
    expect(fetch.count, 2, "pages fetched to read three items")
