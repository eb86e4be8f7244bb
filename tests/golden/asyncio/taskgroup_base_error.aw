# SystemExit in a task is re-raised by the group as it is, not grouped (and, as for any task,
# it also stops the event loop: asyncio.run ends with it, exit status 3).
import asyncio

async def quitter():
    await asyncio.sleep(0)
    raise SystemExit(3)

async def other():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("other cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(other())
            tg.create_task(quitter())
    except SystemExit as e:
        print("SystemExit", e.code)

asyncio.run(main())
