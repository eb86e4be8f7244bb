# Task reprs as CPython 3.11 shows them: wait_for=<the future it waits on> and cb=[its done
# callbacks] (a sleep, an Event, a Queue and a plain Future; a TaskGroup child)
import asyncio
import os

_HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(*args):
    # the script's own directory differs between checkouts: print paths relative to it
    print(*(str(a).replace(_HERE, "") for a in args))

async def child(n):
    await asyncio.sleep(n)
async def waiter(ev):
    await ev.wait()
async def getter(q):
    await q.get()
async def main():
    t = asyncio.create_task(child(0.05), name="sleeper")
    show(t)
    await asyncio.sleep(0)
    show(t)
    t.add_done_callback(id)
    show(t)
    ev = asyncio.Event(); q = asyncio.Queue(); lock = asyncio.Lock()
    w = asyncio.create_task(waiter(ev), name="ev")
    g = asyncio.create_task(getter(q), name="q")
    await asyncio.sleep(0)
    show(w); show(g)
    ev.set(); q.put_nowait(1)
    async with asyncio.TaskGroup() as tg:
        c = tg.create_task(child(0.01), name="tgchild")
        await asyncio.sleep(0)
        show(c)
    f = asyncio.get_running_loop().create_future()
    async def on_future():
        await f
    x = asyncio.create_task(on_future(), name="fut")
    await asyncio.sleep(0)
    show(x, f)
    f.set_result(1)
    show(x)
    await x
    await t
asyncio.run(main())
