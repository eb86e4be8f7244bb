# TaskGroup's RuntimeErrors: not entered, entered twice, finished.
import asyncio

async def nop():
    pass

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    c = nop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()
    async with tg:
        print(repr(tg))
        tg.create_task(nop())
        print(repr(tg))
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print(e)
    print(repr(tg))
    c = nop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()

asyncio.run(main())
