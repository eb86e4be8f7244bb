# Task reprs as CPython 3.11 shows them: wait_for=<the future it waits on> and cb=[its done
# callbacks] (a sleep, an Event, a Queue and a plain Future; a TaskGroup child)
import asyncio
async def child(n):
    await asyncio.sleep(n)
async def waiter(ev):
    await ev.wait()
async def getter(q):
    await q.get()
async def main():
    t = asyncio.create_task(child(0.05), name="sleeper")
    print(t)
    await asyncio.sleep(0)
    print(t)
    t.add_done_callback(print)
    print(t)
    ev = asyncio.Event(); q = asyncio.Queue(); lock = asyncio.Lock()
    w = asyncio.create_task(waiter(ev), name="ev")
    g = asyncio.create_task(getter(q), name="q")
    await asyncio.sleep(0)
    print(w); print(g)
    ev.set(); q.put_nowait(1)
    async with asyncio.TaskGroup() as tg:
        c = tg.create_task(child(0.01), name="tgchild")
        await asyncio.sleep(0)
        print(c)
    f = asyncio.get_running_loop().create_future()
    async def on_future():
        await f
    x = asyncio.create_task(on_future(), name="fut")
    await asyncio.sleep(0)
    print(x, f)
    f.set_result(1)
    print(x)
    await x
    await t
asyncio.run(main())
