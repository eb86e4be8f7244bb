# Without return_exceptions the first exception propagates at once; other children keep running.
import asyncio

async def slow(name, go):
    await go.wait()
    print("slow child done:", name)
    return name

async def fail():
    await asyncio.sleep(0)
    raise KeyError("broken")

async def main():
    go = asyncio.Event()
    a = asyncio.create_task(slow("a", go))
    g = asyncio.gather(a, fail(), slow("b", go))
    try:
        await g
    except KeyError as e:
        print("caught", repr(e), "a done?", a.done())
    go.set()
    print("a result:", await a)
    await asyncio.sleep(0)
    print("cancel after the error:", g.cancel())

asyncio.run(main())
