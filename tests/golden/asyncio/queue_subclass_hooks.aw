# Subclasses may override _init/_put/_get as in CPython.
import asyncio

class EvenFirstQueue(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)
        self._queue.sort(key=lambda x: (x % 2, x))

    def _get(self):
        return self._queue.pop(0)

async def main():
    q = EvenFirstQueue()
    for x in [5, 2, 7, 4, 1]:
        await q.put(x)
    print(q.qsize(), [await q.get() for _ in range(5)], q.empty())

asyncio.run(main())
