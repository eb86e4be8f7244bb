# Subclasses overriding only some hooks (or put_nowait/get_nowait) see CPython's call sequence;
# subclasses of LifoQueue/PriorityQueue keep their order.
import asyncio

calls = []

class LoggingQueue(asyncio.Queue):
    def _put(self, item):
        calls.append(("_put", item))
        super()._put(item)

    def put_nowait(self, item):
        calls.append(("put_nowait", item))
        super().put_nowait(item)

    def full(self):
        calls.append("full")
        return super().full()

class SmallFirst(asyncio.PriorityQueue):
    def _get(self):
        item = super()._get()
        calls.append(("_get", item))
        return item

class Stack(asyncio.LifoQueue):
    pass

class NamedQueue(asyncio.Queue):
    def __init__(self, name, maxsize=0):
        super().__init__(maxsize)
        self.name = name

async def main():
    q = LoggingQueue(2)
    await q.put(1)
    q.put_nowait(2)
    print(calls, q.qsize(), q.full())
    calls.clear()
    blocked = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print(calls, await q.get(), await blocked, calls[-1])
    p = SmallFirst()
    for x in (5, 1, 4, 2):
        await p.put(x)
    calls.clear()
    print([await p.get() for _ in range(4)], calls)
    s = Stack()
    for x in "abc":
        s.put_nowait(x)
    print([s.get_nowait() for _ in range(3)], s.empty())
    n = NamedQueue("jobs", 3)
    n.put_nowait("j")
    print(n.name, n.maxsize, n.qsize(), str(n))

asyncio.run(main())
