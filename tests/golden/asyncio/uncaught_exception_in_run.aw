# An exception escaping asyncio.run's coroutine ends the program with a traceback.
import asyncio

async def fail():
    await asyncio.sleep(0)
    raise ValueError("bad value in task")

async def main():
    print("starting")
    await asyncio.create_task(fail())

asyncio.run(main())
