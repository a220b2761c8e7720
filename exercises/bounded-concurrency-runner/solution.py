"""Run `fetch` over many URLs with at most `limit` calls in flight.

Every call waits for a slot of an asyncio.Semaphore; a slot is given back the moment a call ends
(even with an exception), so a waiting call starts at once. Results go to their index."""
import asyncio


async def run_all(fetch, urls, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    urls = list(urls)
    results = [None] * len(urls)
    slots = asyncio.Semaphore(limit)

    async def one(index, url):
        async with slots:
            try:
                results[index] = await fetch(url)
            except Exception as e:  # a failed call is a result, not the end of run_all
                results[index] = e

    await asyncio.gather(*(one(i, url) for i, url in enumerate(urls)))
    return results
