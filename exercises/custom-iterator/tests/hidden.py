import itertools

from grind_testing import counted, expect, expect_raises

from solution import Paginator


def source(n):
    items = ["item-%d" % i for i in range(n)]
    return lambda offset, limit: items[offset:offset + limit]


def offsets(fetch):
    return [args for args, _ in fetch.calls]


def test_nothing_is_fetched_before_the_first_next():
    fetch = counted(source(10))
    pages = Paginator(fetch, 4)
    expect(fetch.count, 0, "calls after constructing the Paginator")
    it = iter(pages)
    expect(fetch.count, 0, "calls after iter()")
    expect(next(it), "item-0", "first item")
    expect(fetch.count, 1, "calls after the first next()")


def test_next_page_is_fetched_only_after_the_last_item_of_this_one():
    fetch = counted(source(10))
    it = iter(Paginator(fetch, 4))
    for i in range(4):
        expect(next(it), "item-%d" % i, "item %d" % i)
    expect(fetch.count, 1, "calls after reading exactly one full page")
    expect(next(it), "item-4", "first item of the second page")
    expect(fetch.count, 2, "calls after reading into the second page")


def test_short_last_page_ends_without_another_call():
    fetch = counted(source(5))
    expect(len(list(Paginator(fetch, 2))), 5, "number of items")
    expect(offsets(fetch), [(0, 2), (2, 2), (4, 2)], "fetch_page calls")


def test_exact_multiple_ends_on_an_empty_page():
    fetch = counted(source(6))
    expect(len(list(Paginator(fetch, 3))), 6, "number of items")
    expect(offsets(fetch), [(0, 3), (3, 3), (6, 3)], "fetch_page calls")


def test_empty_source():
    fetch = counted(source(0))
    expect(list(Paginator(fetch, 5)), [], "items")
    expect(offsets(fetch), [(0, 5)], "fetch_page calls")


def test_page_size_one():
    fetch = counted(source(3))
    expect(list(Paginator(fetch, 1)), ["item-0", "item-1", "item-2"], "items")
    expect(offsets(fetch), [(0, 1), (1, 1), (2, 1), (3, 1)], "fetch_page calls")


def test_can_be_iterated_twice():
    fetch = counted(source(5))
    pages = Paginator(fetch, 2)
    first = list(pages)
    second = list(pages)
    expect(second, first, "second full iteration")
    expect(offsets(fetch), [(0, 2), (2, 2), (4, 2)] * 2, "fetch_page calls over both iterations")


def test_two_iterators_advance_independently():
    pages = Paginator(source(6), 2)
    a, b = iter(pages), iter(pages)
    expect(next(a), "item-0", "a: first")
    expect(next(a), "item-1", "a: second")
    expect(next(a), "item-2", "a: third")
    expect(next(b), "item-0", "b: first, after a read three")
    expect(next(a), "item-3", "a: fourth, after b started")
    expect(list(b), ["item-1", "item-2", "item-3", "item-4", "item-5"], "b: the rest")
    expect(list(a), ["item-4", "item-5"], "a: the rest")


def test_iterator_protocol():
    it = iter(Paginator(source(3), 2))
    expect(iter(it) is it, True, "iter() of the iterator returns the iterator itself")
    expect(next(it), "item-0", "next() on the iterator")


def test_exhausted_iterator_stays_exhausted_without_calls():
    fetch = counted(source(3))
    it = iter(Paginator(fetch, 2))
    expect(list(it), ["item-0", "item-1", "item-2"], "items")
    calls = fetch.count
    expect_raises(StopIteration, next, it)
    expect_raises(StopIteration, next, it)
    expect(fetch.count, calls, "calls after next() on an exhausted iterator")


def endless(offset, limit):
    """An API that always has more items."""
    if offset > 1000:
        raise AssertionError("fetch_page(%d, %d) on an endless source: far more pages than the caller read" % (offset, limit))
    return list(range(offset, offset + limit))


def test_works_on_an_endless_source_with_islice():
    fetch = counted(endless)
    got = list(itertools.islice(Paginator(fetch, 10), 25))
    expect(got, list(range(25)), "first 25 items")
    expect(fetch.count, 3, "pages fetched")


def test_invalid_page_size():
    expect_raises(ValueError, Paginator, source(3), 0)
    expect_raises(ValueError, Paginator, source(3), -2)
