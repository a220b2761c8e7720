"""Write `run_all` here. The tests import it with `from solution import run_all`."""
import asyncio


async def run_all(fetch, urls, limit):
    """Return [outcome of fetch(url) for url in urls], with at most `limit` calls in flight.

    An exception raised by fetch(url) is that URL's outcome.
    """
    return [await fetch(url) for url in urls]
