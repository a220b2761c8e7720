import itertools

from grind_testing import counted, expect, expect_raises, expect_true

from solution import chunked, flatten, pipeline


class Source:
    """An endless source that counts how many items were taken from it."""

    def __init__(self):
        self.taken = 0

    def __iter__(self):
        while True:
            self.taken += 1
            yield self.taken - 1


def deep(levels, leaf):
    """[[[...[leaf]...]]] with `levels` lists around the leaf."""
    value = leaf
    for _ in range(levels):
        value = [value]
    return value


class Untouchable(list):
    """A list the code under test must not look into yet."""

    def _boom(self, *args):
        raise AssertionError("flatten looked inside an element the caller had not reached yet")

    __iter__ = __getitem__ = __len__ = __reversed__ = _boom


# ---- chunked ----

def test_chunked_exact_multiple_has_no_empty_chunk():
    expect(list(chunked(range(6), 3)), [[0, 1, 2], [3, 4, 5]], "chunks")


def test_chunked_empty_and_short_inputs():
    expect(list(chunked([], 3)), [], "chunks of an empty input")
    expect(list(chunked("ab", 5)), [["a", "b"]], "one short chunk")
    expect(list(chunked(iter([7, 8, 9]), 1)), [[7], [8], [9]], "chunks of size 1")


def test_chunked_yields_new_lists():
    chunks = []
    for chunk in chunked(range(7), 2):
        chunks.append(chunk)
    expect(chunks, [[0, 1], [2, 3], [4, 5], [6]], "chunks kept by the caller")
    expect_true(len(set(map(id, chunks))) == len(chunks), "the same list object was yielded twice")


def test_chunked_takes_exactly_one_chunk_of_items():
    source = Source()
    it = chunked(source, 4)
    expect(source.taken, 0, "items taken before the first next()")
    expect(next(it), [0, 1, 2, 3], "first chunk")
    expect(source.taken, 4, "items taken to build the first chunk")
    expect(next(it), [4, 5, 6, 7], "second chunk")
    expect(source.taken, 8, "items taken to build two chunks")


def test_chunked_rejects_a_size_below_one():
    expect_raises(ValueError, lambda: list(chunked([1, 2], 0)))
    expect_raises(ValueError, lambda: list(chunked([1, 2], -1)))


# ---- flatten ----

def test_flatten_keeps_strings_bytes_and_dicts_whole():
    data = ["hello", [b"raw", ({"k": 1},)], [{3, 4}], None, 0]
    expect(list(flatten(data)), ["hello", b"raw", {"k": 1}, {3, 4}, None, 0], "leaves")


def test_flatten_skips_empty_containers_and_keeps_order():
    data = [[], [[], ()], (1, [2, [3, (4, 5)], 6], []), [[[7]]], 8, ()]
    expect(list(flatten(data)), [1, 2, 3, 4, 5, 6, 7, 8], "leaves")
    expect(list(flatten([])), [], "leaves of an empty list")
    expect(list(flatten(((), [[]]))), [], "leaves of empty containers only")


def test_flatten_expands_subclasses_of_list_and_tuple():
    import collections

    Point = collections.namedtuple("Point", "x y")

    class Row(list):
        pass

    data = [Point(1, [2, 3]), Row([4, Row([5]), Point(6, 7)]), "89"]
    expect(list(flatten(data)), [1, 2, 3, 4, 5, 6, 7, "89"], "leaves of a namedtuple and a list subclass")


def test_flatten_ten_thousand_levels_deep():
    expect(list(flatten(deep(10000, "bottom"))), ["bottom"], "the one leaf at the bottom")


def test_flatten_deep_with_a_leaf_at_every_level():
    # [0, [1, [2, [... [9999] ...], -2], -1]: leaves on the way down and on the way back up.
    value = [9999]
    for level in range(9998, -1, -1):
        value = [level, value, -level] if level else [level, value]
    got = list(flatten(value))
    want = list(range(10000)) + [-level for level in range(9998, 0, -1)]
    expect(len(got), len(want), "number of leaves")
    expect_true(got == want, "the leaves of a 10,000-level structure are out of order")


def test_flatten_is_lazy():
    it = flatten([1, [2], Untouchable([3])])
    expect(iter(it) is it, True, "flatten returns an iterator")
    expect(next(it), 1, "first leaf")
    expect(next(it), 2, "second leaf")


def test_flatten_wide_and_deep_is_fast():
    data = [list(range(1000)) for _ in range(200)] + [deep(5000, -1)] * 20
    got = list(flatten(data))
    expect(len(got), 200 * 1000 + 20, "number of leaves")
    expect(got[-1], -1, "last leaf")


# ---- pipeline ----

def test_pipeline_applies_stages_in_order():
    add_one = lambda xs: (x + 1 for x in xs)
    double = lambda xs: (x * 2 for x in xs)
    expect(list(pipeline([1, 2, 3], add_one, double)), [4, 6, 8], "add_one then double")
    expect(list(pipeline([1, 2, 3], double, add_one)), [3, 5, 7], "double then add_one")


def test_pipeline_without_stages_is_an_iterator_over_the_source():
    it = pipeline([10, 20])
    expect(next(it), 10, "first item")
    expect(list(it), [20], "the rest")


def test_pipeline_result_is_an_iterator_when_a_stage_returns_a_list():
    it = pipeline([3, 1, 2], sorted)
    expect(next(it), 1, "first item of a stage that returns a list")


def test_pipeline_calls_each_stage_once_and_pulls_lazily():
    source = Source()
    keep_odd = counted(lambda xs: (x for x in xs if x % 2))
    plus_one = counted(lambda xs: (x + 1 for x in xs))
    times_ten = counted(lambda xs: (x * 10 for x in xs))
    it = pipeline(source, keep_odd, plus_one, times_ten)
    expect(source.taken, 0, "items taken from the source by pipeline() itself")
    expect([keep_odd.count, plus_one.count, times_ten.count], [1, 1, 1], "calls of each stage")
    expect(next(it), 20, "first result")
    expect(source.taken, 2, "items taken from the source for the first result")
    expect(list(itertools.islice(it, 2)), [40, 60], "next two results")
    expect(source.taken, 6, "items taken from the source for three results")
    expect([keep_odd.count, plus_one.count, times_ten.count], [1, 1, 1], "calls of each stage at the end")


def test_building_blocks_compose():
    nested = [[1, [2]], (3,), [[[4, 5]]], 6, [7]]
    it = pipeline(nested, flatten, lambda xs: chunked(xs, 3))
    expect(list(it), [[1, 2, 3], [4, 5, 6], [7]], "flattened then chunked")
