import base64
import random
import unittest

from grind_testing import Mismatch, expect, expect_raises

from solution import Feed


def cursor_of(created_at, record_id):
    return base64.urlsafe_b64encode(("%d:%d" % (created_at, record_id)).encode()).rstrip(b"=").decode()


def get_page(feed, limit, cursor=None):
    """feed.page(...) for a valid request: an exception here is a wrong answer."""
    try:
        result = feed.page(limit, cursor)
    except Exception as e:  # noqa: BLE001
        raise Mismatch("page(%r, %r) raised %s: %s" % (limit, cursor, type(e).__name__, e))
    if not (isinstance(result, tuple) and len(result) == 2):
        raise Mismatch("page() should return a tuple (ids, next_cursor), got %r" % (result,))
    return result


def build(records):
    feed = Feed()
    for record_id, created_at in records:
        feed.insert(record_id, created_at)
    return feed


def page_all(feed, limit):
    """Follow the cursors from the start to the end; returns the list of pages."""
    pages, cursor = [], None
    while True:
        ids, cursor = get_page(feed, limit, cursor)
        pages.append(ids)
        if cursor is None:
            return pages
        if len(pages) > 100000:
            raise Mismatch("paging never reaches the end")


def test_order_is_newest_first_then_larger_id():
    feed = build([(10, 5), (3, 7), (11, 5), (2, 7), (50, 1), (7, 5)])
    expect(get_page(feed, 10), ([3, 2, 11, 10, 7, 50], None))


def test_cursor_format():
    feed = build([(42, 1700000000), (7, 1700000000), (1000000000, 10**12), (0, 0)])
    ids, cursor = get_page(feed, 1)
    expect((ids, cursor), ([1000000000], cursor_of(10**12, 1000000000)), "first page")
    expect("=" in cursor, False, "cursor has no '=' padding")
    expect(get_page(feed, 2, cursor), ([42, 7], cursor_of(1700000000, 7)), "second page")
    expect(get_page(feed, 2, cursor_of(1700000000, 7)), ([0], None), "third page")


def test_next_cursor_is_none_exactly_at_the_end():
    feed = build([(i, 10 * i) for i in range(1, 5)])
    expect(get_page(feed, 4), ([4, 3, 2, 1], None), "limit equal to the size")
    expect(get_page(feed, 5), ([4, 3, 2, 1], None), "limit above the size")
    expect(get_page(feed, 3), ([4, 3, 2], cursor_of(20, 2)), "one record left")
    expect(get_page(feed, 2, cursor_of(30, 3)), ([2, 1], None), "page ending on the last record")
    expect(get_page(feed, 2, cursor_of(10, 1)), ([], None), "cursor at the last record")


def test_empty_feed():
    expect(get_page(Feed(), 3), ([], None))
    expect(get_page(Feed(), 3, cursor_of(5, 5)), ([], None))


def test_cursor_is_a_position_not_a_record():
    feed = build([(1, 10), (2, 20), (3, 30), (4, 40)])
    expect(get_page(feed, 10, cursor_of(25, 99)), ([2, 1], None), "a pair no record has")
    expect(get_page(feed, 10, cursor_of(30, 2)), ([2, 1], None), "same created_at as 3, smaller id")
    expect(get_page(feed, 10, cursor_of(30, 4)), ([3, 2, 1], None), "same created_at as 3, larger id")
    expect(get_page(feed, 1, cursor_of(10**12, 10**9)), ([4], cursor_of(40, 4)), "before everything")
    expect(get_page(feed, 10, cursor_of(0, 0)), ([], None), "after everything")


def test_newer_inserts_never_repeat_records():
    feed = build([(i, 100 + i) for i in range(10)])
    seen = []
    ids, cursor = get_page(feed, 3)
    seen += ids
    while cursor is not None:
        feed.insert(1000 + len(seen), 10000 + len(seen))  # always newer than everything
        ids, cursor = get_page(feed, 3, cursor)
        seen += ids
    expect(seen, list(range(9, -1, -1)), "ids seen while newer records kept arriving")


def test_older_inserts_after_the_cursor_are_seen():
    feed = build([(1, 10), (2, 20), (3, 30), (4, 40)])
    ids, cursor = get_page(feed, 2)
    expect(ids, [4, 3])
    feed.insert(5, 25)   # late data, older than the cursor: must show up
    feed.insert(6, 35)   # older than 4 but newer than 3: already passed, must not show up
    feed.insert(7, 30)   # same created_at as 3, larger id: before the cursor
    feed.insert(0, 30)   # same created_at as 3, smaller id: after the cursor
    expect(get_page(feed, 10, cursor), ([0, 5, 2, 1], None))


def test_deleting_the_cursor_record_keeps_the_position():
    feed = build([(i, i * 10) for i in range(1, 8)])
    ids, cursor = get_page(feed, 3)
    expect(ids, [7, 6, 5])
    feed.delete(5)
    expect(get_page(feed, 3, cursor), ([4, 3, 2], cursor_of(20, 2)), "page after a deleted cursor record")
    feed.delete(3)
    feed.delete(2)
    expect(get_page(feed, 3, cursor_of(20, 2)), ([1], None), "page after another deleted cursor record")


def test_deleted_records_disappear():
    feed = build([(i, i) for i in range(1, 10)])
    ids, cursor = get_page(feed, 2)
    feed.delete(6)
    feed.delete(1)
    expect(get_page(feed, 10, cursor), ([7, 5, 4, 3, 2], None))


def test_equal_timestamps_are_paged_once_each():
    feed = build([(i, 5) for i in range(0, 50)] + [(100, 6), (101, 4)])
    pages = page_all(feed, 7)
    seen = [x for p in pages for x in p]
    expect(seen, [100] + list(range(49, -1, -1)) + [101], "records visited")
    expect([len(p) for p in pages], [7] * 7 + [3], "page sizes")


def test_limit_bounds():
    feed = build([(i, i) for i in range(1500)])
    for bad in (0, -1, 1001):
        expect_raises(ValueError, feed.page, bad)
    expect(get_page(feed, 1)[0], [1499], "limit 1")
    ids, cursor = get_page(feed, 1000)
    expect(ids, list(range(1499, 499, -1)), "limit 1000")
    expect(cursor, cursor_of(500, 500), "cursor after 1000 records")


def test_malformed_cursors_raise_value_error():
    feed = build([(1, 1), (2, 2)])
    bad = ["not a cursor!", "", "a", "NDAw", cursor_of(1, 2)[:-1] + "*",
           base64.urlsafe_b64encode(b"12").decode().rstrip("="),
           base64.urlsafe_b64encode(b"a:b").decode().rstrip("="),
           base64.urlsafe_b64encode(b"1:2:3").decode().rstrip("="),
           base64.urlsafe_b64encode(b":5").decode().rstrip("="),
           base64.urlsafe_b64encode(b"\xff\xfe:1").decode().rstrip("=")]
    for cursor in bad:
        expect_raises(ValueError, feed.page, 1, cursor)


def test_cursor_numbers_must_be_plain_digits():
    feed = build([(1, 1), (2, 2)])
    expect(get_page(feed, 5, base64.urlsafe_b64encode(b"0003:9").decode().rstrip("=")), ([2, 1], None),
           "leading zeros are digits")
    texts = ["-1:2", "+3:1", "3:-1", " 3:1", "3: 1", "3:1 ", "3:1\n", "1_0:2", "3.0:1", "\u0663:1", "3:\u0661"]
    for text in texts:
        cursor = base64.urlsafe_b64encode(text.encode("utf-8")).decode().rstrip("=")
        try:
            result = feed.page(1, cursor)
        except ValueError:
            continue
        raise Mismatch("page(1, cursor of %r) returned %r: the text is not <digits>:<digits>, so it should "
                       "raise ValueError" % (text, result))


def test_insert_and_delete_errors():
    feed = build([(1, 10), (2, 20)])
    expect_raises(ValueError, feed.insert, 1, 99)
    expect_raises(KeyError, feed.delete, 3)
    feed.delete(1)
    expect_raises(KeyError, feed.delete, 1)
    feed.insert(1, 5)
    expect(get_page(feed, 5), ([2, 1], None), "after re-inserting id 1 with another time")


def test_page_does_not_change_the_feed():
    feed = build([(i, i % 3) for i in range(20)])
    first = get_page(feed, 4)
    expect(get_page(feed, 4), first, "the same request twice")
    expect(sum(len(p) for p in page_all(feed, 4)), 20, "records visited after repeated pages")


class TestIndependence(unittest.TestCase):
    def test_feeds_do_not_share_records(self):
        a, b = Feed(), Feed()
        a.insert(1, 1)
        self.assertEqual(get_page(b, 5), ([], None))
        b.insert(1, 2)  # the same id in another feed is fine
        self.assertEqual(get_page(a, 5), ([1], None))


def test_random_operations_against_a_model():
    rng = random.Random(31337)
    for _ in range(40):
        feed, model = Feed(), {}
        cursors = [None]
        for _ in range(150):
            r = rng.random()
            if r < 0.45 or not model:
                rid = rng.randrange(60)
                if rid in model:
                    continue
                created = rng.randrange(20)
                feed.insert(rid, created)
                model[rid] = created
            elif r < 0.6:
                rid = rng.choice(sorted(model))
                feed.delete(rid)
                del model[rid]
            else:
                cursor = rng.choice(cursors)
                limit = rng.randint(1, 6)
                keys = sorted(((c, i) for i, c in model.items()), reverse=True)
                if cursor is not None:
                    c, i = (int(x) for x in base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode().split(":"))
                    keys = [k for k in keys if k < (c, i)]
                want_ids = [i for _, i in keys[:limit]]
                want_cursor = cursor_of(*keys[limit - 1]) if len(keys) > limit else None
                got = get_page(feed, limit, cursor)
                expect(got, (want_ids, want_cursor), "page(%d, %r) with records %r" % (limit, cursor, sorted(model.items())))
                if got[1] is not None:
                    cursors.append(got[1])


def test_large_feed_paged_with_small_limit():
    rng = random.Random(5)
    n = 40000
    created = rng.sample(range(10**12), n)
    feed = Feed()
    for rid in range(n):
        feed.insert(rid, created[rid])
    for rid in range(0, n, 97):
        feed.delete(rid)
    pages = page_all(feed, 5)
    seen = [x for p in pages for x in p]
    want = sorted((rid for rid in range(n) if rid % 97), key=lambda rid: created[rid], reverse=True)
    expect(len(seen), len(want), "number of records visited")
    expect(seen == want, True, "every record visited once, newest first")
