import asyncio

async def slow(tag):
    try:
        await asyncio.sleep(10)
        return tag
    except asyncio.CancelledError:
        print(tag, "cancelled")
        raise
    finally:
        print(tag, "cleanup")

async def main():
    try:
        await asyncio.wait_for(slow("a"), timeout=0.01)
    except asyncio.TimeoutError:
        print("a timed out")
    inner = asyncio.create_task(slow("b"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.01)
    except asyncio.TimeoutError:
        print("b timed out, still running:", not inner.done())
    inner.cancel()
    try:
        await inner
    except asyncio.CancelledError:
        print("b cancelled:", inner.cancelled())

asyncio.run(main())
