# asyncio's own exceptions are named with their module in a traceback.
import asyncio

async def main():
    q = asyncio.Queue()
    q.get_nowait()

asyncio.run(main())
