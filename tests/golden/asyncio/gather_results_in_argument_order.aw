# gather returns results in the order of its arguments, not of completion.
import asyncio

async def work(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name.upper()

async def main():
    results = await asyncio.gather(work("a", 0.03), work("b", 0.01), work("c", 0.02))
    print(results)

asyncio.run(main())
