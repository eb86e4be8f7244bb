# A gather of gathers flattens nothing: each inner gather gives its own list.
import asyncio

async def val(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    inner1 = asyncio.gather(val(1, 0.02), val(2, 0.01))
    inner2 = asyncio.gather(val(3, 0), val(4, 0.01))
    print(await asyncio.gather(inner1, inner2, val(5, 0)))

asyncio.run(main())
