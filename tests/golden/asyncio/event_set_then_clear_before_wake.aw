# Waiters woken by set() still return True when clear() follows at once.
import asyncio

async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print(await t, ev.is_set())

asyncio.run(main())
