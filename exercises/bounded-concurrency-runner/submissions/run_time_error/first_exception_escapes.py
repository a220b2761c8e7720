import asyncio


async def run_all(fetch, urls, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    slots = asyncio.Semaphore(limit)

    async def one(url):
        async with slots:
            return await fetch(url)

    return list(await asyncio.gather(*(one(u) for u in urls)))  # a failure propagates
