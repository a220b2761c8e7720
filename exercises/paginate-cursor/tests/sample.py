from grind_testing import expect

from solution import Feed


def example_feed():
    feed = Feed()
    for record_id, created_at in [(1, 100), (2, 200), (3, 300), (4, 400), (5, 500)]:
        feed.insert(record_id, created_at)
    return feed


def test_first_page_and_cursor():
    expect(example_feed().page(2), ([5, 4], "NDAwOjQ"))


def test_new_record_does_not_shift_the_next_page():
    feed = example_feed()
    ids, cursor = feed.page(2)
    feed.insert(6, 600)
    expect(feed.page(2, cursor), ([3, 2], "MjAwOjI"))


def test_last_page_has_no_cursor():
    feed = example_feed()
    expect(feed.page(2, "MjAwOjI"), ([1], None))
