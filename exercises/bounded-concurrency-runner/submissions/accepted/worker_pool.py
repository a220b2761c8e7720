import asyncio


async def run_all(fetch, urls, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = [None] * len(urls)
    todo = iter(enumerate(urls))

    async def worker():
        for index, url in todo:  # the workers share one iterator: each index is taken once
            try:
                results[index] = await fetch(url)
            except Exception as e:
                results[index] = e

    await asyncio.gather(*(worker() for _ in range(min(limit, len(urls)))))
    return results
