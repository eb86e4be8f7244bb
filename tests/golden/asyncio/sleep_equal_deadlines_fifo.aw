# Sleeps of different lengths finish by deadline; equal ones in the order they started.
import asyncio

async def sleeper(name, d):
    await asyncio.sleep(d)
    print(name)

async def main():
    await asyncio.gather(sleeper("c 0.03", 0.03), sleeper("a 0.01", 0.01),
                         sleeper("b1 0.02", 0.02), sleeper("b2 0.02", 0.02),
                         sleeper("b3 0.02", 0.02))
    print(await asyncio.sleep(0.001, result="sleep result"))

asyncio.run(main())
