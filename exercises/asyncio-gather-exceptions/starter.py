import asyncio

async def work(name, steps, fail=False):
    for _ in range(steps):
        await asyncio.sleep(0)
    if fail:
        raise ValueError(name)
    print("done", name)
    return name

async def main():
    try:
        await asyncio.gather(work("a", 0), work("b", 1, fail=True), work("c", 5))
    except ValueError as e:
        print("caught", e)
    results = await asyncio.gather(
        work("d", 1, fail=True), work("e", 4), return_exceptions=True
    )
    print(results)

asyncio.run(main())
