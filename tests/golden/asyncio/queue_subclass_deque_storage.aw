# A Queue subclass keeping its items in its own collections.deque, as CPython's Queue does.
import asyncio
import collections

class DequeQueue(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = collections.deque()

    def _put(self, item):
        self._queue.appendleft(item)

    def _get(self):
        return self._queue.pop()

async def main():
    q = DequeQueue(2)
    await q.put("a")
    await q.put("b")
    print(q.qsize(), q.full(), q.empty(), str(q))
    blocked = asyncio.create_task(q.put("c"))
    await asyncio.sleep(0)
    print(await q.get(), await q.get(), await q.get())
    await blocked
    print(q.qsize(), q.empty(), q._unfinished_tasks)

asyncio.run(main())
