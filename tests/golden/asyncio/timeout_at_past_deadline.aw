# timeout_at with a deadline already past expires at the first await.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    steps = []
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            steps.append("entered")
            await asyncio.sleep(0)
            steps.append("after sleep(0)")
    except TimeoutError:
        steps.append("TimeoutError")
    print(steps)
    deadline = loop.time() + 5
    print(asyncio.timeout_at(deadline).when() == deadline)

asyncio.run(main())
