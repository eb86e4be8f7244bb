# Condition.wait_for re-checks its predicate after each notification.
import asyncio

async def main():
    cond = asyncio.Condition()
    state = {"n": 0}

    async def watcher():
        async with cond:
            r = await cond.wait_for(lambda: state["n"] >= 3 and state["n"])
            print("predicate true with", r)

    t = asyncio.create_task(watcher())
    for i in range(4):
        await asyncio.sleep(0)
        async with cond:
            state["n"] += 1
            print("n =", state["n"])
            cond.notify_all()
    await t

asyncio.run(main())
