# Dropped async generators: exhausted ones are not closed again, a local one is closed after its
# coroutine returns, a failing aclose() is a task exception never retrieved, many drops in a loop.
import asyncio

async def counter(n, tag):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally", tag)

async def bad(tag):
    try:
        yield 1
    finally:
        raise ValueError("boom " + tag)

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def helper():
    g = counter(5, "local")
    print("helper got", await g.__anext__())
    return "helper done"

async def main():
    async for i in counter(2, "exhausted"):
        pass
    print("exhausted loop over")
    await asyncio.sleep(0)
    print(await helper())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async for x in bad("b"):
        break
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async for x in stubborn():
        break
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    kept = counter(3, "kept")
    await kept.__anext__()
    total = 0
    for k in range(30):
        async for i in counter(10, None if k else "many-0"):
            total += i
            if i == 3:
                break
    print("total", total)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
print("done")
