# seeds/004_405aac4ebaf944ef.txt, "Code Examples" (hello_world). Changes: asyncio.sleep(1) -> 0.01.
import asyncio

async def hello_world():
    print("Hello")
    await asyncio.sleep(0.01)  # Simulate I/O operation
    print("World")

asyncio.run(hello_world())
