# create_task/ensure_future take any coroutine-like object (an async generator's __anext__(), a
# class with send/throw/close/__await__), driven by send() and throw() as CPython's Task.
import asyncio
class Coro:
    def __init__(self, n): self.n = n
    def send(self, v):
        if self.n == 0:
            raise StopIteration("finished")
        self.n -= 1
        return None
    def throw(self, *a): raise a[0]
    def close(self): pass
    def __await__(self): return self

async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)

async def merge(*gens):
    nexts = {asyncio.ensure_future(g.__anext__()): g for g in gens}
    while nexts:
        done, _ = await asyncio.wait(nexts, return_when=asyncio.FIRST_COMPLETED)
        for t in sorted(done, key=lambda t: t.get_name()):
            g = nexts.pop(t)
            try:
                v = t.result()
            except StopAsyncIteration:
                continue
            print("merged", v)
            nexts[asyncio.ensure_future(g.__anext__())] = g

async def agen(tag, n):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"{tag}{i}"

async def main():
    t = asyncio.create_task(Coro(3))
    print(asyncio.iscoroutine(Coro(1)), t)
    print(await t)
    await merge(agen("a", 3), agen("b", 2))
    t2 = asyncio.create_task(agen("c", 1).__anext__())
    print(await t2, t2.done())
asyncio.run(main())
