# seeds/003_cc82a54837ebee1a.txt, "What Is Async/Await?" + "The Event Loop" (greet, asyncio.run).
# Changes: asyncio.sleep(1) -> 0.01.
import asyncio

async def greet():
    print("Hello")
    await asyncio.sleep(0.01)
    print("World")

asyncio.run(greet())
