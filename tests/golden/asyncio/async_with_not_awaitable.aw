# An 'async with' whose __aenter__ or __aexit__ returns something not awaitable: CPython's TypeError
# names which method returned it (on normal exit, after an exception, and on break).
import asyncio

class BadEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *exc):
        return False

class BadExit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *exc):
        return 2

async def use(cm, fail):
    async with cm:
        if fail:
            1 / 0
        return "body"

async def main():
    for cm, fail in ((BadEnter(), False), (BadExit(), False), (BadExit(), True)):
        try:
            print(await use(cm, fail))
        except TypeError as e:
            print(type(cm).__name__, fail, "->", e, "| context:", type(e.__context__).__name__)
    for cm in (BadExit(),):
        for i in range(1):
            try:
                async with cm:
                    break
            except TypeError as e:
                print("break ->", e)
    try:
        await 5
    except TypeError as e:
        print(e)

asyncio.run(main())
