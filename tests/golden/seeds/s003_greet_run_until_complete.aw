# seeds/003_cc82a54837ebee1a.txt, "The Event Loop": the get_event_loop equivalent (with greet).
# Changes: asyncio.sleep(1) -> 0.01.
import asyncio

async def greet():
    print("Hello")
    await asyncio.sleep(0.01)
    print("World")

loop = asyncio.get_event_loop()
loop.run_until_complete(greet())
