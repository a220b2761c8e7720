import asyncio


async def run_all(fetch, urls, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    slots = asyncio.Semaphore(limit)
    by_url = {}

    async def one(url):
        async with slots:
            try:
                by_url[url] = await fetch(url)
            except Exception as e:
                by_url[url] = e

    await asyncio.gather(*(one(u) for u in set(urls)))  # duplicates are fetched once
    return [by_url[u] for u in urls]
