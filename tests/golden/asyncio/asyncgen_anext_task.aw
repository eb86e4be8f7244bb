# asyncio.iscoroutine and the task of an async generator's __anext__()
import asyncio, collections.abc, inspect
async def g():
    yield 1
a = g()
s = a.__anext__()
print(asyncio.iscoroutine(s), isinstance(s, collections.abc.Coroutine), isinstance(s, collections.abc.Awaitable), inspect.isawaitable(s), inspect.iscoroutine(s))
s.close()
async def main():
    t = asyncio.create_task(a.__anext__())
    print(t)
    print(await t)
    print(t)
asyncio.run(main())
