# Three getters wait; two items arrive and the first woken getter is cancelled before it
# runs: no item is lost and the remaining getters receive them in FIFO order.
import asyncio

async def main():
    q = asyncio.Queue()
    log = []

    async def getter(name):
        try:
            log.append((name, await q.get()))
        except asyncio.CancelledError:
            log.append((name, "cancelled"))
            raise

    tasks = [asyncio.create_task(getter(n)) for n in "abc"]
    await asyncio.sleep(0)
    q.put_nowait(1)
    q.put_nowait(2)
    tasks[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, q.qsize(), q.empty())
    q.put_nowait(3)
    q.put_nowait(4)
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log, q.qsize(), q.get_nowait())

asyncio.run(main())
