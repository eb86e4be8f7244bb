# repr() and str() of the queue family with items, waiting getters/putters and unfinished tasks.
import asyncio

def mask(text):
    # the address after " at 0x" differs from run to run
    out = []
    while " at 0x" in text:
        i = text.index(" at 0x")
        j = i + 6
        while j < len(text) and text[j] in "0123456789abcdef":
            j += 1
        out.append(text[:i] + " at ADDR")
        text = text[j:]
    return "".join(out) + text

def show(obj):
    print(mask(repr(obj)), "|", str(obj))

async def main():
    q = asyncio.Queue()
    show(q)
    getters = [asyncio.create_task(q.get()) for _ in range(2)]
    await asyncio.sleep(0)
    show(q)
    q.put_nowait(1)
    show(q)
    await asyncio.sleep(0)
    q.put_nowait(2)
    q.put_nowait("three")
    show(q)
    full = asyncio.Queue(maxsize=1)
    full.put_nowait([1, 2])
    putter = asyncio.create_task(full.put("x"))
    await asyncio.sleep(0)
    show(full)
    print(full.get_nowait(), full.qsize(), full.full())
    await putter
    show(full)
    lifo = asyncio.LifoQueue()
    for i in (3, 1, 2):
        lifo.put_nowait(i)
    show(lifo)
    prio = asyncio.PriorityQueue(5)
    for i in (3, 1, 2, 0):
        prio.put_nowait(i)
    show(prio)
    print(q.maxsize, full.maxsize, prio.maxsize)
    print(type(q).__module__, type(lifo).__name__, type(prio).__qualname__)

asyncio.run(main())
