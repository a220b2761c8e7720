import asyncio

async def job(name, steps):
    for i in range(steps):
        print(name, i)
        await asyncio.sleep(0)
    return name

async def main():
    print("start")
    task = asyncio.create_task(job("T", 2))
    print("task created")
    await job("A", 2)
    print("after A")
    job("N", 1)
    results = await asyncio.gather(job("B", 2), job("C", 1))
    print(results, task.done())

asyncio.run(main())
