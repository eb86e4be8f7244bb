# seeds/003_cc82a54837ebee1a.txt, "Concurrent Tasks with asyncio.create_task()" (with greet).
# Changes: asyncio.sleep(1) -> 0.01.
import asyncio

async def greet():
    print("Hello")
    await asyncio.sleep(0.01)
    print("World")

async def main():
    task1 = asyncio.create_task(greet())
    task2 = asyncio.create_task(greet())
    await task1
    await task2

asyncio.run(main())
