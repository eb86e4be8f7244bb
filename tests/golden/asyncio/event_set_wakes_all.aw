# Event.set() wakes every waiter, in the order they started waiting; clear() resets it.
import asyncio

async def waiter(name, ev):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke", r)

async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("x", "y", "z")]
    await asyncio.sleep(0)
    ev.set()
    print("set:", ev.is_set())
    await asyncio.gather(*tasks)
    print("wait on a set event:", await ev.wait())
    ev.clear()
    print(ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("cleared event blocks")

asyncio.run(main())
