# An async generator abandoned unfinished is closed by its loop (create_task(agen.aclose())) at the
# iteration CPython closes it, not at the end of asyncio.run; the closing task takes a Task-N.
import asyncio

async def agen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag, asyncio.current_task().get_name())

async def main():
    async for x in agen("a"):
        print("got", x)
        break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep 0")
    await asyncio.sleep(0)
    print("after 2nd sleep 0")
    g = agen("b")
    print(await g.__anext__())
    del g
    print("after del")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()))
    t = asyncio.create_task(asyncio.sleep(0))
    print(t.get_name())
    await t
    print("end")

asyncio.run(main())
print("done")
