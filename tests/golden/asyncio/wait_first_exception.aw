# FIRST_EXCEPTION returns when a task raises (or when all are done if none does).
import asyncio

async def job(x, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(x)
    return x

async def main():
    tasks = [asyncio.create_task(job("a", 0.01)),
             asyncio.create_task(job("b", 0.02, fail=True)),
             asyncio.create_task(job("c", 2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in sorted(done, key=lambda t: tasks.index(t)):
        print(repr(t.exception()))
    tasks[2].cancel()
    ok = [asyncio.create_task(job(i, 0)) for i in range(2)]
    done, pending = await asyncio.wait(ok, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))

asyncio.run(main())
