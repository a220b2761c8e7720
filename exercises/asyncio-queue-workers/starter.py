import asyncio

async def worker(name, queue, log, pause):
    while True:
        item = await queue.get()
        log.append(name + str(item))
        if pause:
            await asyncio.sleep(0)
        queue.task_done()

async def run(pause):
    queue = asyncio.Queue()
    for i in range(5):
        queue.put_nowait(i)
    log = []
    tasks = [asyncio.create_task(worker(n, queue, log, pause)) for n in "AB"]
    log.append("start")
    await queue.join()
    print(" ".join(log))
    for t in tasks:
        t.cancel()

asyncio.run(run(pause=True))
asyncio.run(run(pause=False))
