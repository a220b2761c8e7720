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


from grind_testing import expect


def test_results_keep_the_input_order():
    api = FakeAPI({"slow": 5, "medium": 3, "fast": 1})
    results, _ = run(api.fetch, ["slow", "medium", "fast"], 3)
    expect(results, ["body of slow", "body of medium", "body of fast"], "results")


def test_limit_and_total_time():
    api = FakeAPI(default=2)
    urls = ["u%d" % i for i in range(10)]
    results, elapsed = run(api.fetch, urls, 3)
    expect(results, ["body of " + u for u in urls], "results")
    expect(api.max_in_flight, 3, "most calls in progress at once")
    expect(elapsed, 8.0, "virtual seconds for 10 calls of 2 s, 3 at a time")


def test_empty_list():
    api = FakeAPI()
    results, elapsed = run(api.fetch, [], 4)
    expect(results, [], "results")
    expect(api.started, [], "calls made")
