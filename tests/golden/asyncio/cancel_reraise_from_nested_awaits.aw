# CancelledError travels up through nested awaits; each level's handler runs.
import asyncio

async def level3():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("level3 cleanup")
        raise

async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")

async def level1():
    try:
        await level2()
    except asyncio.CancelledError:
        print("level1 sees cancellation")
        raise

async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())

asyncio.run(main())
