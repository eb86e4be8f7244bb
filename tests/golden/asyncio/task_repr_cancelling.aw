# A pending task whose cancel() is not yet delivered (or not uncancelled) shows "cancelling".
import asyncio
async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("  inside:", asyncio.current_task().cancelling())
        asyncio.current_task().uncancel()
        await asyncio.sleep(0)
    return "kept going"
async def main():
    t = asyncio.create_task(stubborn(), name="s")
    print(repr(t).split(" coro=")[0])
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print(repr(t).split(" coro=")[0], t.cancelling())
    await asyncio.sleep(0)
    print(repr(t).split(" coro=")[0], t.cancelling())
    print(await t)
    print(repr(t).split(" coro=")[0])
asyncio.run(main())
