import asyncio


async def run_all(fetch, urls, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    return list(await asyncio.gather(*(fetch(u) for u in urls), return_exceptions=True))
