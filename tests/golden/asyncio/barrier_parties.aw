# Barrier: every party waits until all have arrived; wait() returns distinct indexes.
import asyncio

async def party(name, barrier, delay):
    await asyncio.sleep(delay)
    print(name, "arrives")
    idx = await barrier.wait()
    print(name, "passes with index", idx)

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    await asyncio.gather(party("a", barrier, 0.01), party("b", barrier, 0.02), party("c", barrier, 0))
    await barrier.abort()
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e, barrier.broken)

asyncio.run(main())
