# "Task exception was never retrieved" is reported when the failed task is collected (here by
# gc.collect() after its last reference is deleted), and at exit for a task still referenced.
import asyncio
import gc
import sys


async def boom(message):
    raise ValueError(message)


async def main():
    task = asyncio.create_task(boom("collected"))
    await asyncio.sleep(0)
    print("before del", file=sys.stderr)
    del task
    gc.collect()
    print("after gc", file=sys.stderr)
    kept = asyncio.create_task(boom("kept"), name="kept")
    await asyncio.sleep(0)
    return kept


kept = asyncio.run(main())
print("end of program", file=sys.stderr)
