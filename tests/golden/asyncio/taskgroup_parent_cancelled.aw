# Cancelling the task that runs a TaskGroup cancels the group's tasks and propagates.
# (The group keeps its tasks in a set: the order they are cancelled in is unspecified.)
import asyncio

log = []

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(n)
        raise

async def runner():
    async with asyncio.TaskGroup() as tg:
        for n in range(3):
            tg.create_task(child(n))
    print("not reached")

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled(), "children cancelled:", sorted(log))

asyncio.run(main())
