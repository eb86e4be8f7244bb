# 5,000 tasks through Semaphore(10): at most 10 inside, entry in FIFO order.
import asyncio

async def main():
    sem = asyncio.Semaphore(10)
    state = {"inside": 0, "peak": 0}
    order = []

    async def tiny(i):
        async with sem:
            order.append(i)
            state["inside"] += 1
            state["peak"] = max(state["peak"], state["inside"])
            await asyncio.sleep(0)
            state["inside"] -= 1

    await asyncio.gather(*(tiny(i) for i in range(5000)))
    print(state, order == list(range(5000)), sem.locked())

asyncio.run(main())
