# gather()'s result list: a Future subclass's own result()/exception() are called, plain children
# give their result or exception (which counts as retrieved: no "never retrieved" report).
import asyncio
import gc


class Doubling(asyncio.Future):
    def result(self):
        return super().result() * 2

    def exception(self):
        print("exception() of", super().result())
        return super().exception()


async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(n)


async def ok(n):
    await asyncio.sleep(0)
    return n


async def main():
    loop = asyncio.get_running_loop()
    d = Doubling()
    loop.call_soon(d.set_result, 21)
    res = await asyncio.gather(ok(1), d, fail(2), ok(3), return_exceptions=True)
    print(res)
    t = asyncio.ensure_future(fail(4))
    res = await asyncio.gather(t, ok(5), return_exceptions=True)
    print(repr(res[0]), res[1])
    c = asyncio.ensure_future(asyncio.sleep(10))
    loop.call_soon(c.cancel)
    res = await asyncio.gather(ok(6), c, return_exceptions=True)
    print(type(res[1]).__name__, res[0])
    del t
    gc.collect()


asyncio.run(main())
print("done")
