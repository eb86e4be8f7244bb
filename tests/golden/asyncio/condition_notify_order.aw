# Condition: notify(n) wakes n waiters in FIFO order, notify_all() the rest.
import asyncio

async def consumer(name, cond, log):
    async with cond:
        await cond.wait()
        log.append(name)
        print(name, "notified; lock held:", cond.locked())

async def main():
    cond = asyncio.Condition()
    log = []
    tasks = [asyncio.create_task(consumer(f"c{i}", cond, log)) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print(log)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(log)

asyncio.run(main())
