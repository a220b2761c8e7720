import asyncio

from grind_testing import run_async


class FakeAPI:
    """A fake `fetch`: each call sleeps (virtual time) for the URL's duration, then returns a
    body or raises. It records the calls, the order they started in, and the most calls seen in
    progress at once."""

    def __init__(self, durations=None, default=1.0, failures=()):
        self.durations = durations or {}
        self.default = default
        self.failures = set(failures)
        self.started = []
        self.in_flight = 0
        self.max_in_flight = 0

    async def fetch(self, url):
        self.started.append(url)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.durations.get(url, self.default))
            if url in self.failures:
                raise LookupError("not found: " + url)
            return "body of " + url
        finally:
            self.in_flight -= 1


def run(fetch, urls, limit):
    """Run `run_all` on the virtual clock; return (results, virtual seconds taken)."""
    from solution import run_all

    async def main():
        loop = asyncio.get_running_loop()
        start = loop.time()
        results = await run_all(fetch, urls, limit)
        return results, loop.time() - start

    try:
        return run_async(main(), timeout=100000)
    except asyncio.TimeoutError:
        raise AssertionError("run_all had not returned after 100000 virtual seconds: some call waits forever")


from grind_testing import expect, expect_true


def test_limit_larger_than_the_list():
    api = FakeAPI({"a": 3, "b": 7, "c": 5})
    results, elapsed = run(api.fetch, ["a", "b", "c"], 10)
    expect(results, ["body of a", "body of b", "body of c"], "results")
    expect(api.max_in_flight, 3, "calls in progress at once")
    expect(elapsed, 7.0, "virtual seconds: the slowest call")


def test_a_free_slot_is_used_at_once():
    durations = {"long": 10, "s1": 1, "s2": 1, "s3": 1, "s4": 1, "s5": 1}
    api = FakeAPI(durations)
    urls = ["long", "s1", "s2", "s3", "s4", "s5"]
    results, elapsed = run(api.fetch, urls, 2)
    expect(results, ["body of " + u for u in urls], "results")
    expect(elapsed, 10.0, "virtual seconds: the short calls run beside the long one")
    expect(api.max_in_flight, 2, "most calls in progress at once")


def test_calls_start_in_input_order():
    urls = ["u%d" % i for i in range(12)]
    api = FakeAPI({u: 1 + (i * 7) % 5 for i, u in enumerate(urls)})
    run(api.fetch, urls, 4)
    expect(api.started, urls, "order in which the calls started")


def test_limit_one_is_sequential():
    api = FakeAPI({"a": 2, "b": 3, "c": 4})
    results, elapsed = run(api.fetch, ["a", "b", "c"], 1)
    expect(api.max_in_flight, 1, "most calls in progress at once")
    expect(elapsed, 9.0, "virtual seconds")


def test_failures_are_results():
    api = FakeAPI({"bad1": 1, "ok1": 2, "bad2": 3, "ok2": 1}, failures={"bad1", "bad2"})
    urls = ["bad1", "ok1", "bad2", "ok2"]
    results, elapsed = run(api.fetch, urls, 2)
    expect(len(results), 4, "number of results")
    for i in (0, 2):
        expect_true(isinstance(results[i], LookupError),
                    "result %d should be the LookupError raised, got %r" % (i, results[i]))
        expect(results[i].args, ("not found: " + urls[i],), "args of the exception at %d" % i)
    expect([results[1], results[3]], ["body of ok1", "body of ok2"], "results of the calls that worked")
    expect(elapsed, 4.0, "virtual seconds")


def test_a_failed_call_frees_its_slot():
    api = FakeAPI(default=2, failures={"x0", "x1"})
    urls = ["x0", "x1", "y2", "y3"]
    results, elapsed = run(api.fetch, urls, 1)
    expect(results[2:], ["body of y2", "body of y3"], "results after two failures")
    expect(elapsed, 8.0, "virtual seconds for four calls of 2 s, one at a time")


def test_duplicate_urls():
    api = FakeAPI({"a": 1, "b": 2})
    results, _ = run(api.fetch, ["a", "b", "a", "a"], 2)
    expect(results, ["body of a", "body of b", "body of a", "body of a"], "results")
    expect(api.started, ["a", "b", "a", "a"], "calls made")


def test_invalid_limit():
    for limit in (0, -1):
        try:
            run(FakeAPI().fetch, ["a"], limit)
        except ValueError:
            continue
        raise AssertionError("run_all(fetch, ['a'], %d) did not raise ValueError" % limit)


def test_every_call_finished_before_returning():
    api = FakeAPI({"a": 1, "b": 6, "c": 2})
    results, _ = run(api.fetch, ["a", "b", "c"], 2)
    expect(api.in_flight, 0, "calls still in progress when run_all returned")
    expect(results, ["body of a", "body of b", "body of c"], "results")


def test_many_urls():
    urls = ["u%d" % i for i in range(5000)]
    api = FakeAPI(default=3)
    results, elapsed = run(api.fetch, urls, 50)
    expect(len(results), 5000, "number of results")
    expect(results[-1], "body of u4999", "last result")
    expect(api.max_in_flight, 50, "most calls in progress at once")
    expect(elapsed, 300.0, "virtual seconds for 5000 calls of 3 s, 50 at a time")
