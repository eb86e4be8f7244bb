import asyncio


async def work():
    return 1


async def main():
    asyncio.sleep(0.01)
    work()
    print("main done")


asyncio.run(main())
