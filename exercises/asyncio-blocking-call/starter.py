import asyncio
import time

async def pause(blocking):
    if blocking:
        time.sleep(0.001)
    else:
        await asyncio.sleep(0)

async def worker(name, blocking):
    for i in range(2):
        print(name, i)
        await pause(blocking)
    print(name, "done")

async def main():
    await asyncio.gather(worker("A", False), worker("B", True), worker("C", False))

asyncio.run(main())
