# asyncio.run returns the coroutine's value; each run gets a fresh loop.
import asyncio

async def main(x):
    await asyncio.sleep(0)
    return x * 3, asyncio.get_running_loop()

v1, loop1 = asyncio.run(main(2))
v2, loop2 = asyncio.run(main(5))
print(v1, v2, loop1 is loop2, loop1.is_closed())
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
