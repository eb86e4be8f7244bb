# Timeout.reschedule moves the deadline; it is an error once the block is left.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.02)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled deadline hit")
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.03)
        print("deadline removed, no timeout")
    try:
        cm.reschedule(1.0)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(0.01) as cm3:
            await asyncio.sleep(1)
    except TimeoutError:
        pass
    try:
        cm3.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
