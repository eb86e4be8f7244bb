# PriorityQueue gives the smallest item first (a binary heap, as heapq).
import asyncio

async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (5, "e"), (0, "z"), (2, "bb")]:
        q.put_nowait(item)
    print(str(q))
    out = []
    while not q.empty():
        out.append(await q.get())
    print(out)
    q.put_nowait((1, {"a": 1}))
    try:
        q.put_nowait((1, {"b": 2}))
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
