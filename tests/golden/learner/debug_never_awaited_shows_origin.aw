# asyncio debug mode: the never-awaited warning also says where the coroutine was created.
import asyncio


async def save(item):
    print("saved", item)


def schedule(item):
    save(item)


async def main():
    schedule(1)
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
