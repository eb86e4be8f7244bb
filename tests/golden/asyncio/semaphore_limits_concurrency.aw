# Semaphore(2) lets at most two tasks in at a time, in FIFO order.
import asyncio

inside = 0
peak = 0

async def worker(i, sem):
    global inside, peak
    async with sem:
        inside += 1
        peak = max(peak, inside)
        print("start", i)
        await asyncio.sleep(0.005)
        print("end", i)
        inside -= 1

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(i, sem) for i in range(5)))
    print("peak", peak, "locked", sem.locked())

asyncio.run(main())
