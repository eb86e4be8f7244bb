# Two tasks bounce values through two queues many times (exercises the FIFO's compaction).
import asyncio

async def ping(out_q, in_q, n):
    total = 0
    for i in range(n):
        await out_q.put(i)
        total += await in_q.get()
    await out_q.put(-1)
    return total

async def pong(in_q, out_q):
    count = 0
    while True:
        v = await in_q.get()
        if v < 0:
            return count
        count += 1
        await out_q.put(v * 2)

async def main():
    q1, q2 = asyncio.Queue(), asyncio.Queue()
    p = asyncio.create_task(pong(q1, q2))
    print(await ping(q1, q2, 2000), await p)
    big = asyncio.Queue()
    for i in range(300):
        big.put_nowait(i)
    seen = []
    for i in range(200):
        seen.append(big.get_nowait())
        big.put_nowait(1000 + i)
    rest = [big.get_nowait() for _ in range(big.qsize())]
    print(seen == list(range(200)), rest[:3], rest[-3:], len(rest))

asyncio.run(main())
