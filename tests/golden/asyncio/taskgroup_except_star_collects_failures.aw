import asyncio
async def boom(n):
    await asyncio.sleep(0.01 if n == 1 else 5)  # the second is always cancelled, even on a slow machine
    raise ValueError(f"boom {n}")
async def ok():
    await asyncio.sleep(0.05)
    return "ok"
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(1))
            tg.create_task(boom(2))
            tg.create_task(ok())
    except* ValueError as eg:
        for e in eg.exceptions:
            print("caught", e)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(1))
            tg.create_task(ok())
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", repr(eg.exceptions))
    except* ValueError as eg:
        print("never: the body's error cancels the children first", eg)
asyncio.run(main())
