import asyncio


async def run_all(fetch, urls, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    slots = asyncio.Semaphore(limit)

    async def one(url):
        async with slots:
            try:
                return await fetch(url)
            except Exception as e:
                return e

    results = []
    for next_done in asyncio.as_completed([one(u) for u in urls]):
        results.append(await next_done)  # in the order the calls finish
    return results
