# seeds/002_8927539780ba061a.txt, section 4 (hello_world). Changes: asyncio.sleep(1) -> 0.01.
import asyncio

async def hello_world():
    print("Hello")
    await asyncio.sleep(0.01)  # We'll explain 'await' soon
    print("World")

# Run the coroutine
asyncio.run(hello_world())
