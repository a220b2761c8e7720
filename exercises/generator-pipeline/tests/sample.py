import itertools

from grind_testing import expect

from solution import chunked, flatten, pipeline


def test_chunked_splits_into_lists():
    expect(list(chunked([1, 2, 3, 4, 5], 2)), [[1, 2], [3, 4], [5]], "chunks of 2")


def test_flatten_nested_lists_and_tuples():
    expect(list(flatten([1, [2, (3, [4])], "ab", []])), [1, 2, 3, 4, "ab"], "leaves")


def test_pipeline_on_an_endless_source():
    evens_squared = pipeline(
        itertools.count(),
        lambda xs: (x for x in xs if x % 2 == 0),
        lambda xs: (x * x for x in xs),
    )
    expect(list(itertools.islice(evens_squared, 4)), [0, 4, 16, 36], "first four results")
