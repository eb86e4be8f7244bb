# KeyboardInterrupt raised in a task stops asyncio.run at once (status 130); the main task,
# which then fails with it, is reported as never retrieved
import asyncio


async def child():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt


async def main():
    try:
        await asyncio.gather(child(), asyncio.sleep(1))
    finally:
        print("main finally")


asyncio.run(main())
