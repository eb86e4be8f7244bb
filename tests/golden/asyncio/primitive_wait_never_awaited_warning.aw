import asyncio


async def main():
    q = asyncio.Queue()
    lock = asyncio.Lock()
    q.get()
    lock.acquire()
    asyncio.Event().wait()
    print("main done", lock.locked(), q.qsize())


asyncio.run(main())
