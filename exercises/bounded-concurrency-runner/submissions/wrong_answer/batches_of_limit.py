import asyncio


async def run_all(fetch, urls, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = []
    for start in range(0, len(urls), limit):
        batch = urls[start:start + limit]
        # each batch waits for its slowest call before the next batch starts
        results.extend(await asyncio.gather(*(fetch(u) for u in batch), return_exceptions=True))
    return results
